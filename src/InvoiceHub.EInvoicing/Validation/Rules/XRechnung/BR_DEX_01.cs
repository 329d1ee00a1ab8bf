using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.XRechnung;

/// <summary>BR-DEX-01: In the extension, attachments (BT-125) shall be PDF, PNG, JPEG, CSV, XLSX, ODS or XML.</summary>
internal sealed class BR_DEX_01() : XmlRule("BR-DEX-01", "In the extension, attachments (BT-125) shall be PDF, PNG, JPEG, CSV, XLSX, ODS or XML.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!XRechnungCommon.IsExtension(root))
        {
            return;
        }

        foreach (var attachment in context.Xml!.Descendants(cii ? Ns.Ram + "AttachmentBinaryObject" : Ns.Cbc + "EmbeddedDocumentBinaryObject"))
        {
            Assert(findings, attachment, attachment.Attribute("mimeCode")?.Value is "application/pdf" or "image/png" or "image/jpeg" or "text/csv"
                or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" or "application/vnd.oasis.opendocument.spreadsheet" or "application/xml");
        }
    }
}
