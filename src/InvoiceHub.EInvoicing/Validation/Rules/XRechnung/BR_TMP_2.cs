using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-TMP-2: The URI of an external attachment (BT-124) should be a valid URL with a scheme.</summary>
internal sealed class BR_TMP_2() : XmlRule("BR-TMP-2", "The URI of an external attachment (BT-124) should be a valid URL with a scheme.", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var references = cii
            ? root.AllAt(XRechnungCommon.Agreement + "/ram:AdditionalReferencedDocument").Where(d => d.AllAt("ram:TypeCode").Any(t => t.Value == "916") && d.HasElementAt("ram:URIID"))
            : root.AllAt("cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference");
        foreach (var reference in references)
        {
            Assert(findings, reference, XRechnungCommon.Url().IsMatch(reference.FirstAt(cii ? "ram:URIID" : "cbc:URI")?.Value ?? string.Empty));
        }
    }
}
