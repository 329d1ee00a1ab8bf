using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-57: Each Deliver to address (BG-15) shall contain a Deliver to country code (BT-80).</summary>
internal sealed class BR_57() : Rule("BR-57", "Each Deliver to address (BG-15) shall contain a Deliver to country code (BT-80).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.Delivery?.Address is not null && !ModelChecks.NotBlank(i.Delivery.Address.CountryCode))
        {
            findings.Add(this, FindingLocation.Delivery(c));
        }
    }
}
