using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-03: Value added tax point date (BT-7) and Value added tax point date code (BT-8) are mutually exclusive.</summary>
internal sealed class BR_CO_03() : Rule("BR-CO-03", "Value added tax point date (BT-7) and Value added tax point date code (BT-8) are mutually exclusive.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.TaxPointDate is not null && ModelChecks.NotBlank(i.TaxPointDateCode))
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
