using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-37: Each Document level charge (BG-21) shall have a Document level charge VAT category code (BT-102).</summary>
internal sealed class BR_37() : Rule("BR-37", "Each Document level charge (BG-21) shall have a Document level charge VAT category code (BT-102).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.AllowancesCharges.Count; n++)
        {
            var ac = i.AllowancesCharges[n];
            if (ac.IsCharge && (!M.Text(ac.VatCategoryCode)))
            {
                findings.Add(this, Where.AllowanceCharge(c, n));
            }
        }
    }
}
