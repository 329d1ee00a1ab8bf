using System.Text.RegularExpressions;

namespace InvoiceHub.Ocr.Extraction.Checks;

/// <summary>BIC / SWIFT code structure (ISO 9362): bank, country, location, optional branch.</summary>
internal static partial class BicCheck
{
    public static bool IsValid(string bic) => Pattern().IsMatch(bic);

    [GeneratedRegex("^[A-Z]{4}(AT|BE|BG|CH|CY|CZ|DE|DK|EE|ES|FI|FO|FR|GB|GL|GR|HR|HU|IE|IS|IT|LI|LT|LU|LV|MC|MT|NL|NO|PL|PT|RO|SE|SI|SK|US)[A-Z0-9]{2}([A-Z0-9]{3})?$")]
    private static partial Regex Pattern();
}
