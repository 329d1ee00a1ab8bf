using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Rules.Core;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>
/// BR-CO-04: Each Invoice line (BG-25) shall be categorized with an Invoiced item VAT category code (BT-151). With the
/// XML, as the official test reads it: UBL <c>cac:Item/cac:ClassifiedTaxCategory</c> under VAT with a <c>cbc:ID</c>
/// (present, even empty; a category in the line's own TaxTotal does not count), CII a line trade tax of type VAT with
/// a category code.
/// </summary>
internal sealed class BR_CO_04() : Rule("BR-CO-04", "Each Invoice line (BG-25) shall be categorized with an Invoiced item VAT category code (BT-151).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            CheckXml(xml, findings);
            return;
        }

        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (!ModelChecks.NotBlank(line.Vat?.CategoryCode) || !Categories.IsVatScheme(line.Vat?.TaxScheme))
            {
                findings.Add(this, FindingLocation.Line(context, n));
            }
        }
    }

    private static readonly XName[] _ciiLineTax = [Ns.Ram + "SpecifiedLineTradeSettlement", Ns.Ram + "ApplicableTradeTax"];
    private static readonly XName[] _ciiTypeCode = [Ns.Ram + "TypeCode"];
    private static readonly XName _ciiCategoryCode = Ns.Ram + "CategoryCode";
    private static readonly XName[] _ublLineCategory = [Ns.Cac + "Item", Ns.Cac + "ClassifiedTaxCategory"];
    private static readonly XName[] _ublTaxScheme = [Ns.Cac + "TaxScheme"];
    private static readonly XName _ublId = Ns.Cbc + "ID";

    private static bool IsCiiVatCategory(XElement tax) =>
        tax.Element(_ciiCategoryCode) is not null && CoreXml.AnyAt(tax, _ciiTypeCode, c => string.Equals(c.Value, "VAT", StringComparison.OrdinalIgnoreCase));

    private static bool IsUblVatCategory(XElement category) =>
        category.Element(_ublId) is not null && CoreXml.AnyAt(category, _ublTaxScheme, s => string.Equals(s.Element(_ublId).NormalizeSpace(), "VAT", StringComparison.OrdinalIgnoreCase));

    private void CheckXml(XmlIndex xml, FindingSink findings)
    {
        var cii = xml.Syntax == XmlSyntax.Cii;
        IEnumerable<XElement> lines = cii
            ? xml.Named(Ns.Ram + "IncludedSupplyChainTradeLineItem")
            : xml.Named(Ns.Cac + "InvoiceLine").Concat(xml.Named(Ns.Cac + "CreditNoteLine"));
        foreach (var line in lines)
        {
            var categorized = cii
                ? CoreXml.AnyAt(line, _ciiLineTax, IsCiiVatCategory)
                : CoreXml.AnyAt(line, _ublLineCategory, IsUblVatCategory);
            if (!categorized)
            {
                findings.Add(this, XmlLocation.Line(line));
            }
        }
    }
}
