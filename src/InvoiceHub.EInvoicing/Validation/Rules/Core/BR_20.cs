using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-20: The Seller tax representative postal address (BG-12) shall contain a Tax representative country code (BT-69), if the Seller (BG-4) has a Seller tax representative party (BG-11).</summary>
internal sealed class BR_20() : Rule("BR-20", "The Seller tax representative postal address (BG-12) shall contain a Tax representative country code (BT-69), if the Seller (BG-4) has a Seller tax representative party (BG-11).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.TaxRepresentative is not null && ((i.TaxRepresentative.Address is null && ModelChecks.IsCii(c)) || (i.TaxRepresentative.Address is not null && !ModelChecks.NotBlank(i.TaxRepresentative.Address.CountryCode))))
        {
            findings.Add(this, FindingLocation.TaxRepresentative(c));
        }
    }
}
