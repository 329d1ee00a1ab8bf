using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-006: For Swedish suppliers, only standard VAT rate of 6, 12 or 25 are used</summary>
internal sealed class SE_R_006() : XmlRule("SE-R-006", "For Swedish suppliers, only standard VAT rate of 6, 12 or 25 are used")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (PeppolNational.SeSupplierWithSeVat(root, cii) is null)
        {
            return;
        }

        // The CII binding selects every trade tax, whatever its category; the UBL binding only category S.
        var categories = cii
            ? context.Xml!.Descendants(Ns.Ram + "ApplicableTradeTax").Concat(context.Xml!.Descendants(Ns.Ram + "CategoryTradeTax"))
            : context.Xml!.Descendants(Ns.Cac + "TaxCategory").Concat(context.Xml!.Descendants(Ns.Cac + "ClassifiedTaxCategory")).Where(c => c.AllAt("cbc:ID").Any(i => i.Value == "S"));
        foreach (var category in categories.OrderBy(c => c, XNode.DocumentOrderComparer))
        {
            Assert(findings, category, PeppolChecks.Number(category.FirstAt(cii ? "ram:RateApplicablePercent" : "cbc:Percent")?.Value) is 25 or 12 or 6);
        }
    }
}
