using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-CL001: Mime code must be according to subset of IANA code list.</summary>
internal sealed class PEPPOL_EN16931_CL001() : XmlRule("PEPPOL-EN16931-CL001", "Mime code must be according to subset of IANA code list.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var attachment in context.Xml!.Descendants(cii ? Ns.Ram + "AttachmentBinaryObject" : Ns.Cbc + "EmbeddedDocumentBinaryObject"))
        {
            if (attachment.Attribute("mimeCode") is { } mime)
            {
                Assert(findings, attachment, mime.Value is "application/pdf" or "image/png" or "image/jpeg" or "text/csv"
                    or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" or "application/vnd.oasis.opendocument.spreadsheet");
            }
        }
    }
}
