using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-50: A Payment account identifier (BT-84) shall be present if Credit transfer (BG-17) information is provided in the Invoice.</summary>
internal sealed class BR_50() : Rule("BR-50", "A Payment account identifier (BT-84) shall be present if Credit transfer (BG-17) information is provided in the Invoice.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.PaymentInstructions.Count; n++)
        {
            var p = i.PaymentInstructions[n];
            if (ModelChecks.IsCreditTransfer(p) && p.CreditTransfer is not null && !ModelChecks.NotBlank(p.CreditTransfer.AccountId))
            {
                findings.Add(this, FindingLocation.PaymentMeans(c, n));
            }
        }
    }
}
