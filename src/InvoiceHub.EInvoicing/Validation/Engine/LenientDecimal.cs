using System.Globalization;
using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>
/// An element's text as a number the way the profile rules that add amounts up read it (Peppol, XRechnung extension,
/// OIOUBL): trimmed, <see cref="NumberStyles.Number"/>, invariant culture. Unlike <see cref="XsDecimal"/> (xs:decimal,
/// for the EN 16931 rules) an absent or unreadable amount counts as zero, so a sum over amounts never stops.
/// </summary>
internal static class LenientDecimal
{
    public static decimal OrZero(XElement? element) => TryRead(element, out var value) ? value : 0m;

    public static bool TryRead(XElement? element, out decimal value)
    {
        value = 0m;
        return element is not null && decimal.TryParse(element.Value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }
}
