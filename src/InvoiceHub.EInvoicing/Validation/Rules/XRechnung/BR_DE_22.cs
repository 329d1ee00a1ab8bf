using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DE-22: The filename attribute of all embedded attachments shall be unique.</summary>
internal sealed class BR_DE_22() : XmlRule("BR-DE-22", "The filename attribute of all embedded attachments shall be unique.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var documents = cii ? context.Xml!.Descendants(Ns.Ram + "AdditionalReferencedDocument") : root.AllAt("cac:AdditionalDocumentReference");
        foreach (var group in documents.GroupBy(d => d.Parent))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var document in group)
            {
                var file = document.FirstAt(cii ? "ram:AttachmentBinaryObject" : "cac:Attachment/cbc:EmbeddedDocumentBinaryObject")?.Attribute("filename")?.Value;
                if (file is not null && !seen.Add(file))
                {
                    Fail(findings, cii ? root : document);
                    break;
                }
            }
        }
    }
}
