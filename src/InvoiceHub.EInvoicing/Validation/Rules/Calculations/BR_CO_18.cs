using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-18: An Invoice shall at least have one VAT breakdown group (BG-23).</summary>
internal sealed class BR_CO_18() : Rule("BR-CO-18", "An Invoice shall at least have one VAT breakdown group (BG-23).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        if (i.VatBreakdown.Count == 0 && (!ModelChecks.IsCii(c) || i.Lines.Count > 0))
        {
            findings.Add(this, FindingLocation.Root(c));
        }
    }
}
