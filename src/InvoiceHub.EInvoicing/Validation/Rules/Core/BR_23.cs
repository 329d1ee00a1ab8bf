using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-23: An Invoice line (BG-25) shall have an Invoiced quantity unit of measure code (BT-130).</summary>
internal sealed class BR_23() : Rule("BR-23", "An Invoice line (BG-25) shall have an Invoiced quantity unit of measure code (BT-130).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // The unit code attribute only has to exist, even empty, on a quantity that may itself be malformed.
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var line in CoreXml.Lines(xml))
            {
                if (!(cii ? CoreXml.At(line, Ns.Ram + "SpecifiedLineTradeDelivery", Ns.Ram + "BilledQuantity").Any(q => q.Attribute("unitCode") is not null) : line.Elements(Ns.Cbc + "InvoicedQuantity").Concat(line.Elements(Ns.Cbc + "CreditedQuantity")).Any(q => q.Attribute("unitCode") is not null)))
                {
                    findings.Add(this, XmlLocation.Line(line));
                }
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.Lines.Count; n++)
        {
            var line = i.Lines[n];
            if (line.Quantity?.UnitCode is null)
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
