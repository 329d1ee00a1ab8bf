using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R100: Only one invoiced object is allowed pr line</summary>
internal sealed class PEPPOL_EN16931_R100() : XmlRule("PEPPOL-EN16931-R100", "Only one invoiced object is allowed pr line")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var lines = cii ? root.AllAt("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem") : root.AllAt("cac:InvoiceLine").Concat(root.AllAt("cac:CreditNoteLine"));
        foreach (var line in lines)
        {
            Assert(findings, line, cii
                ? line.AllAt("ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument").Count(d => d.AllAt("ram:TypeCode").Any(t => t.Value == "130")) <= 1
                : line.AllAt("cac:DocumentReference").Count() <= 1);
        }
    }
}
