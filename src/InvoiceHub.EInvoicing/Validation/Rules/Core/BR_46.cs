using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-46: Each VAT breakdown (BG-23) shall have a VAT category tax amount (BT-117).</summary>
internal sealed class BR_46() : Rule("BR-46", "Each VAT breakdown (BG-23) shall have a VAT category tax amount (BT-117).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // Present is enough (exists()), even empty or malformed.
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var breakdown in CoreXml.Breakdowns(xml))
            {
                if (breakdown.Element(cii ? Ns.Ram + "CalculatedAmount" : Ns.Cbc + "TaxAmount") is null)
                {
                    findings.Add(this, XmlLocation.Line(breakdown));
                }
            }

            return;
        }

        var c = context;
        var i = context.Invoice;
        for (var n = 0; n < i.VatBreakdown.Count; n++)
        {
            var b = i.VatBreakdown[n];
            if (b.TaxAmount is null)
            {
                findings.Add(this, FindingLocation.VatBreakdown(c, n));
            }
        }
    }
}
