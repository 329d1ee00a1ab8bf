using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>
/// The CII binding of BR-O-11..14: for each header trade tax of category O under VAT, no trade tax anywhere (BR-O-11
/// and BR-O-12 alike: <c>//ram:ApplicableTradeTax</c>) or no allowance/charge tax anywhere (BR-O-13 and BR-O-14:
/// <c>//ram:CategoryTradeTax</c>) of another category. The two rules of each pair state the same test.
/// </summary>
internal static class CiiNotSubjectBreakdowns
{
    public static void Check(Rule rule, XmlIndex xml, XName others, FindingSink findings)
    {
        if (!xml.Named(others).Any(t => t.Elements(Ns.Ram + "CategoryCode").Any(c => c.Value != "O")))
        {
            return;
        }

        foreach (var tax in xml.Named(Ns.Ram + "ApplicableTradeTax"))
        {
            if (tax.Parent?.Name == Ns.Ram + "ApplicableHeaderTradeSettlement" && tax.Parent.Parent?.Name == Ns.Rsm + "SupplyChainTradeTransaction"
                && tax.Elements(Ns.Ram + "CategoryCode").Any(c => c.Value == "O")
                && tax.Elements(Ns.Ram + "TypeCode").Any(c => string.Equals(c.Value, "VAT", StringComparison.OrdinalIgnoreCase)))
            {
                findings.Add(rule, XmlLocation.Of(tax));
            }
        }
    }
}
