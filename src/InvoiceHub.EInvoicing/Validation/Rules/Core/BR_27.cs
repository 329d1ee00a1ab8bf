using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-27: The Item net price (BT-146) shall NOT be negative.</summary>
internal sealed class BR_27() : Rule("BR-27", "The Item net price (BT-146) shall NOT be negative.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // `price >= 0` casts the price to xs:double (spaces, exponent allowed) and holds if any price does; no price fails.
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var line in CoreXml.Lines(xml))
            {
                if (!BR_26.HasNetPrice(line, cii, p => CoreXml.AsDouble(p.Value) is >= 0))
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
            if (line.Price?.NetPrice is not { Amount: >= 0 })
            {
                findings.Add(this, FindingLocation.Line(c, n));
            }
        }
    }
}
