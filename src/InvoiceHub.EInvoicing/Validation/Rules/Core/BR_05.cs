using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-05: An Invoice shall have an Invoice currency code (BT-5).</summary>
internal sealed class BR_05() : Rule("BR-05", "An Invoice shall have an Invoice currency code (BT-5).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (!ModelChecks.NotBlank(i.CurrencyCode))
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
