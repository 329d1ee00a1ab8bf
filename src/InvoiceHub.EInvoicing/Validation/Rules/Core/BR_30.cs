using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-30: If both Invoice line period start date (BT-134) and Invoice line period end date (BT-135) are given then the Invoice line period end date (BT-135) shall be later or equal to the Invoice line period start date (BT-134).</summary>
internal sealed class BR_30() : Rule("BR-30", "If both Invoice line period start date (BT-134) and Invoice line period end date (BT-135) are given then the Invoice line period end date (BT-135) shall be later or equal to the Invoice line period start date (BT-134).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { Syntax: XmlSyntax.Cii } xml)
        {
            foreach (var period in xml.Named(Ns.Ram + "BillingSpecifiedPeriod").Where(p => p.Parent?.Name == Ns.Ram + "SpecifiedLineTradeSettlement"))
            {
                if (CoreXml.CiiPeriodFails(period))
                {
                    findings.Add(this, XmlLocation.Line(period.Parent!.Parent!) + "/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod");
                }
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (line.Period is { StartDate: { } start, EndDate: { } end } && end < start)
            {
                findings.Add(this, FindingLocation.LinePeriod(c, n));
            }
        }
    }
}
