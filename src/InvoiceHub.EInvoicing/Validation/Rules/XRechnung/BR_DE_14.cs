using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-14: The element VAT category rate (BT-119) shall be provided.</summary>
internal sealed class BR_DE_14() : XmlRule("BR-DE-14", "The element VAT category rate (BT-119) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var breakdown in cii ? root.AllAt(XRechnungCommon.Settlement + "/ram:ApplicableTradeTax") : root.AllAt("cac:TaxTotal/cac:TaxSubtotal"))
        {
            Assert(findings, breakdown, breakdown.HasText(cii ? "ram:RateApplicablePercent" : "cac:TaxCategory/cbc:Percent"));
        }
    }
}
