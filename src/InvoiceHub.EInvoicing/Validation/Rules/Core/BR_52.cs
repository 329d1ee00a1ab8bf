using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-52: Each Additional supporting document (BG-24) shall contain a Supporting document reference (BT-122).</summary>
internal sealed class BR_52() : Rule("BR-52", "Each Additional supporting document (BG-24) shall contain a Supporting document reference (BT-122).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // Every referenced document element, at header or line level, needs a non-blank identifier.
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var reference in xml.Named(cii ? Ns.Ram + "AdditionalReferencedDocument" : Ns.Cac + "AdditionalDocumentReference"))
            {
                if (reference.Elements(cii ? Ns.Ram + "IssuerAssignedID" : Ns.Cbc + "ID").FirstOrDefault().NormalizeSpace().Length == 0)
                {
                    findings.Add(this, XmlLocation.Of(reference));
                }
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.SupportingDocuments.Count; n++)
        {
            var d = i.SupportingDocuments[n];
            if (!ModelChecks.NotBlank(d.Id))
            {
                findings.Add(this, FindingLocation.SupportingDocument(c, n));
            }
        }
    }
}
