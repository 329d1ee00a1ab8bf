using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-55: Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice reference (BT-25).</summary>
internal sealed class BR_55() : Rule("BR-55", "Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice reference (BT-25).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.PrecedingInvoices.Count; n++)
        {
            var r = i.PrecedingInvoices[n];
            if (!M.Text(r.Number))
            {
                findings.Add(this, Where.PrecedingInvoice(c, n));
            }
        }
    }
}
