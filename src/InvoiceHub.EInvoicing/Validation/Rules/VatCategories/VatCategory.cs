using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>
/// One VAT category family of EN 16931 (BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-O, BR-AF, BR-AG): its rule-id
/// prefix, UNTDID 5305 code, name, and how its rules differ (rate, registration, exemption reason).
/// </summary>
internal sealed record VatCategory(
    string Prefix,
    string Code,
    string Name,
    Func<decimal?, bool> RateAllowed,
    string RateText,
    Func<Invoice, bool> Registered,
    string RegistrationText,
    bool ExemptionReasonRequired,
    bool ZeroTax,
    bool BreakdownPerRate)
{
    public string Id(int number) => $"{Prefix}-{number:00}";

    public bool IsLine(InvoiceLine line) => Categories.IsCode(line.Vat?.CategoryCode, Code) && Categories.IsVatScheme(line.Vat?.TaxScheme);

    public bool IsAllowanceCharge(AllowanceCharge ac) => Categories.IsCode(ac.VatCategoryCode, Code);

    /// <summary>
    /// A VAT breakdown the category's BR-x-08..10 judge. With the XML, as the official contexts select it: UBL under the
    /// VAT scheme (stated), CII with type code VAT, except CII S and Z whose contexts select by category code alone.
    /// </summary>
    public bool IsBreakdown(ValidationContext context, VatBreakdown b)
    {
        if (!Categories.IsCode(b.CategoryCode, Code))
        {
            return false;
        }

        if (context.Xml is null)
        {
            return Categories.IsVatScheme(b.TaxScheme);
        }

        return (context.Syntax == XmlSyntax.Cii && Code is "S" or "Z") || string.Equals(b.TaxScheme?.Trim(), "VAT", StringComparison.OrdinalIgnoreCase);
    }
}
