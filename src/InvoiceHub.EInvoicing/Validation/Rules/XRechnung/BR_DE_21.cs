using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-21: The element Specification identifier (BT-24) should match the XRechnung identifier.</summary>
internal sealed class BR_DE_21() : XmlRule("BR-DE-21", "The element Specification identifier (BT-24) should match the XRechnung identifier.", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var spec = XRechnungCommon.SpecificationId(root);
        var at = cii ? root.FirstAt("rsm:ExchangedDocumentContext") : root;
        if (at is not null)
        {
            Assert(findings, at, spec is XRechnungCommon.CiusId or XRechnungCommon.ExtensionId or XRechnungCommon.CvdId);
        }
    }
}
