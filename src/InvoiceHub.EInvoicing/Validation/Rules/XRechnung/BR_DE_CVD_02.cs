using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-CVD-02: For a clean vehicle invoice, Tender or lot reference (BT-17) shall be provided.</summary>
internal sealed class BR_DE_CVD_02() : XmlRule("BR-DE-CVD-02", "For a clean vehicle invoice, Tender or lot reference (BT-17) shall be provided.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsCvd(root))
        {
            return;
        }

        Assert(findings, cii ? root.FirstAt(XRechnungCommon.Agreement) ?? root : root, cii
            ? root.AllAt(XRechnungCommon.Agreement + "/ram:AdditionalReferencedDocument").Any(d => d.NormalizedTextAt("ram:TypeCode") == "50" && d.NormalizedTextAt("ram:IssuerAssignedID").Length > 0)
            : root.HasText("cac:OriginatorDocumentReference/cbc:ID"));
    }
}
