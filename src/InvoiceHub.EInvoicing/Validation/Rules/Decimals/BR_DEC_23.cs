using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>BR-DEC-23: The allowed maximum number of decimals for the Invoice line net amount (BT-131) is 2.</summary>
internal sealed class BR_DEC_23() : Rule("BR-DEC-23", "The allowed maximum number of decimals for the Invoice line net amount (BT-131) is 2.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (ModelChecks.HasMoreThanTwoDecimals(line.NetAmount))
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
