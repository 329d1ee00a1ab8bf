using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-32: Each Document level allowance (BG-20) shall have a Document level allowance VAT category code (BT-95).</summary>
internal sealed class BR_32() : Rule("BR-32", "Each Document level allowance (BG-20) shall have a Document level allowance VAT category code (BT-95).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.AllowancesCharges.Count; n++)
        {
            var ac = i.AllowancesCharges[n];
            if (!ac.IsCharge && (!M.Text(ac.VatCategoryCode)))
            {
                findings.Add(this, Where.AllowanceCharge(c, n));
            }
        }
    }
}
