using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-15: In the extension, sub invoice lines (ParentLineID) are not supported in CII.</summary>
internal sealed class BR_DEX_15() : XmlRule("BR-DEX-15", "In the extension, sub invoice lines (ParentLineID) are not supported in CII.", Severity.Warning, XmlSyntax.Cii)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsExtension(root))
        {
            return;
        }

        if (context.Xml!.Descendants(Ns.Ram + "ParentLineID").Any())
        {
            foreach (var line in root.AllAt(XRechnungCommon.Trade + "/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument"))
            {
                Fail(findings, line);
            }
        }
    }
}
