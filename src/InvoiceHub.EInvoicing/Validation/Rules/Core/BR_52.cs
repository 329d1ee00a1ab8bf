using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-52: Each Additional supporting document (BG-24) shall contain a Supporting document reference (BT-122).</summary>
internal sealed class BR_52() : Rule("BR-52", "Each Additional supporting document (BG-24) shall contain a Supporting document reference (BT-122).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.SupportingDocuments.Count; n++)
        {
            var d = i.SupportingDocuments[n];
            if (!M.Text(d.Id))
            {
                findings.Add(this, Where.SupportingDocument(c, n));
            }
        }
    }
}
