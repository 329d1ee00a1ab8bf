using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-56: Each Seller tax representative party (BG-11) shall have a Seller tax representative VAT identifier (BT-63).</summary>
internal sealed class BR_56() : Rule("BR-56", "Each Seller tax representative party (BG-11) shall have a Seller tax representative VAT identifier (BT-63).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.TaxRepresentative is not null && !ModelChecks.NotBlank(i.TaxRepresentative.VatId?.Value))
        {
            findings.Add(this, FindingLocation.TaxRepresentative(c));
        }
    }
}
