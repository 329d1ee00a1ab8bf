using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DE-R-022: Attached documents provided with an invoice in "ADDITIONAL SUPPORTING DOCUMENTS" (BG-24) shall have a unique filename (non case-sensitive) within the element ″Attached document″ (BT-125).</summary>
internal sealed class DE_R_022() : XmlRule("DE-R-022", "Attached documents provided with an invoice in \"ADDITIONAL SUPPORTING DOCUMENTS\" (BG-24) shall have a unique filename (non case-sensitive) within the element ″Attached document″ (BT-125).", Severity.Fatal, XmlSyntax.Ubl)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.DeDomestic(root))
        {
            return;
        }

        // A filename equal to one of an earlier sibling reference (case-sensitive, whatever the message says).
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in root.AllAt("cac:AdditionalDocumentReference"))
        {
            var names = reference.AllAt("cac:Attachment/cbc:EmbeddedDocumentBinaryObject").Select(o => o.Attribute("filename")?.Value).OfType<string>().ToList();
            if (names.Any(seen.Contains))
            {
                Fail(findings, root);
                return;
            }

            seen.UnionWith(names);
        }
    }
}
