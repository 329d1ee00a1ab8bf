using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-CVD-01: For a clean vehicle invoice, Contract reference (BT-12) shall be provided.</summary>
internal sealed class BR_DE_CVD_01() : XmlRule("BR-DE-CVD-01", "For a clean vehicle invoice, Contract reference (BT-12) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsCvd(root))
        {
            return;
        }

        Assert(findings, cii ? root.FirstAt(XRechnungCommon.Agreement) ?? root : root, cii ? root.HasText(XRechnungCommon.Agreement + "/ram:ContractReferencedDocument/ram:IssuerAssignedID") : root.HasText("cac:ContractDocumentReference/cbc:ID"));
    }
}
