using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-12: An Invoice shall have the Sum of Invoice line net amount (BT-106).</summary>
internal sealed class BR_12() : Rule("BR-12", "An Invoice shall have the Sum of Invoice line net amount (BT-106).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (M.TotalsPresent(i) && i.Totals.LineNet is null)
        {
            findings.Add(this, Where.Totals(c));
        }
    }
}
