using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>NL-R-009: [NL-R-009] For suppliers in the Netherlands, if an order line reference (cac:OrderLineReference/cbc:LineID) is used, there must be an order reference on the document level (cac:OrderReference/cbc:ID)</summary>
internal sealed class NL_R_009() : XmlRule("NL-R-009", "[NL-R-009] For suppliers in the Netherlands, if an order line reference (cac:OrderLineReference/cbc:LineID) is used, there must be an order reference on the document level (cac:OrderReference/cbc:ID)")
{
    private const string CiiMessage = "[NL-R-009] For suppliers in the Netherlands, if an order line reference (ram:BuyerOrderReferencedDocument/ram:LineID) is used, there must be an order reference on the document level (rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID)";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.NlSupplier(root, cii))
        {
            return;
        }

        var lineIds = cii
            ? root.AllAt("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:BuyerOrderReferencedDocument/ram:LineID")
            : context.Xml!.Descendants(Ns.Cbc + "LineID").Where(l => l.Parent?.Name == Ns.Cac + "OrderLineReference");
        var ordered = root.HasElementAt(cii ? PeppolChecks.Agreement + "/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID" : "cac:OrderReference/cbc:ID");
        foreach (var lineId in lineIds)
        {
            Assert(findings, lineId, ordered, cii ? CiiMessage : Message);
        }
    }
}
