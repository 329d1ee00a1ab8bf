using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-15: The element Buyer reference (BT-10) shall be provided.</summary>
internal sealed class BR_DE_15() : XmlRule("BR-DE-15", "The element Buyer reference (BT-10) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        Assert(findings, root, root.HasText(cii ? XRechnungCommon.Agreement + "/ram:BuyerReference" : "cbc:BuyerReference"));
    }
}
