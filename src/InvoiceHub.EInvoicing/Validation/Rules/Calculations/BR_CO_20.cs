using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>BR-CO-20: If Invoice line period (BG-26) is used, the Invoice line period start date (BT-134) or the Invoice line period end date (BT-135) shall be filled, or both.</summary>
internal sealed class BR_CO_20() : Rule("BR-CO-20", "If Invoice line period (BG-26) is used, the Invoice line period start date (BT-134) or the Invoice line period end date (BT-135) shall be filled, or both.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var c = context;
        var i = context.Invoice;

        // The reader keeps no period without dates, so with the XML the period elements are checked as written.
        if (c.Xml is { } xml)
        {
            var periods = ModelChecks.IsCii(c)
                ? xml.Named(Ns.Ram + "BillingSpecifiedPeriod").Where(p => p.Parent?.Name == Ns.Ram + "SpecifiedLineTradeSettlement" && !p.HasElementAt("ram:StartDateTime") && !p.HasElementAt("ram:EndDateTime"))
                : xml.Named(Ns.Cac + "InvoicePeriod").Where(p => p.Parent?.Name.LocalName is "InvoiceLine" or "CreditNoteLine" && p.Parent.Name.Namespace == Ns.Cac && !p.HasElementAt("cbc:StartDate") && !p.HasElementAt("cbc:EndDate"));
            foreach (var period in periods)
            {
                findings.Add(this, XmlLocation.Of(period));
            }

            return;
        }

        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (line.Period is { StartDate: null, EndDate: null })
            {
                findings.Add(this, FindingLocation.LinePeriod(c, n));
            }
        }
    }
}
