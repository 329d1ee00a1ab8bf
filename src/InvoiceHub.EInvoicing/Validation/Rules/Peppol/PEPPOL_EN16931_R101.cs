using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R101: Element Document reference can only be used for Invoice line object</summary>
internal sealed class PEPPOL_EN16931_R101() : XmlRule("PEPPOL-EN16931-R101", "Element Document reference can only be used for Invoice line object")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var lines = cii ? root.AllAt("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem") : root.AllAt("cac:InvoiceLine").Concat(root.AllAt("cac:CreditNoteLine"));
        foreach (var line in lines)
        {
            var references = cii ? line.AllAt("ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument/ram:TypeCode") : line.AllAt("cac:DocumentReference/cbc:DocumentTypeCode");
            var any = cii ? line.HasElementAt("ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument") : line.HasElementAt("cac:DocumentReference");
            Assert(findings, line, !any || references.Any(t => t.Value == "130"));
        }
    }
}
