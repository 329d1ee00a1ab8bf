using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-15: An Invoice shall have the Amount due for payment (BT-115).</summary>
internal sealed class BR_15() : Rule("BR-15", "An Invoice shall have the Amount due for payment (BT-115).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (M.TotalsPresent(i) && i.Totals.Payable is null)
        {
            findings.Add(this, Where.Totals(c));
        }
    }
}
