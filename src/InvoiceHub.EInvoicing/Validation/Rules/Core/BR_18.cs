using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-18: The Seller tax representative name (BT-62) shall be provided in the Invoice, if the Seller (BG-4) has a Seller tax representative party (BG-11).</summary>
internal sealed class BR_18() : Rule("BR-18", "The Seller tax representative name (BT-62) shall be provided in the Invoice, if the Seller (BG-4) has a Seller tax representative party (BG-11).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.TaxRepresentative is not null && !ModelChecks.NotBlank(i.TaxRepresentative.Name))
        {
            findings.Add(this, FindingLocation.TaxRepresentative(c));
        }
    }
}
