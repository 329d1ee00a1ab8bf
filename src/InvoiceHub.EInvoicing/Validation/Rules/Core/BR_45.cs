using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-45: Each VAT breakdown (BG-23) shall have a VAT category taxable amount (BT-116).</summary>
internal sealed class BR_45() : Rule("BR-45", "Each VAT breakdown (BG-23) shall have a VAT category taxable amount (BT-116).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // Present is enough (exists()), even empty or malformed.
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var breakdown in CoreXml.Breakdowns(xml))
            {
                if (breakdown.Element(cii ? Ns.Ram + "BasisAmount" : Ns.Cbc + "TaxableAmount") is null)
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
            if (b.TaxableAmount is null)
            {
                findings.Add(this, FindingLocation.VatBreakdown(c, n));
            }
        }
    }
}
