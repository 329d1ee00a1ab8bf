using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-20: If Invoice line period (BG-26) is used, the Invoice line period start date (BT-134) or the Invoice line period end date (BT-135) shall be filled, or both.</summary>
internal sealed class BR_CO_20() : Rule("BR-CO-20", "If Invoice line period (BG-26) is used, the Invoice line period start date (BT-134) or the Invoice line period end date (BT-135) shall be filled, or both.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (line.Period is { StartDate: null, EndDate: null })
            {
                findings.Add(this, Where.LinePeriod(c, n));
            }
        }
    }
}
