using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-22: Each Invoice line (BG-25) shall have an Invoiced quantity (BT-129).</summary>
internal sealed class BR_22() : Rule("BR-22", "Each Invoice line (BG-25) shall have an Invoiced quantity (BT-129).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // Present is enough (exists()): an empty or malformed quantity is judged by other rules.
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var line in CoreXml.Lines(xml))
            {
                if (!(cii ? CoreXml.AnyAt(line, BR_23.CiiBilledQuantity) : line.Element(Ns.Cbc + "InvoicedQuantity") is not null || line.Element(Ns.Cbc + "CreditedQuantity") is not null))
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
            if (line.Quantity is null)
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
