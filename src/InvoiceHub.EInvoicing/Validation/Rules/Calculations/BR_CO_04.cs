using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-04: Each Invoice line (BG-25) shall be categorized with an Invoiced item VAT category code (BT-151).</summary>
internal sealed class BR_CO_04() : Rule("BR-CO-04", "Each Invoice line (BG-25) shall be categorized with an Invoiced item VAT category code (BT-151).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (!M.Text(line.Vat?.CategoryCode) || !Categories.IsVatScheme(line.Vat?.TaxScheme))
            {
                findings.Add(this, Where.Line(c, n));
            }
        }
    }
}
