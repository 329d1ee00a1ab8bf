using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-47: Each VAT breakdown (BG-23) shall be defined through a VAT category code (BT-118).</summary>
internal sealed class BR_47() : Rule("BR-47", "Each VAT breakdown (BG-23) shall be defined through a VAT category code (BT-118).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // A category code (even empty) under the VAT scheme as the official test spells it: UBL normalize-space(upper-case(TaxScheme/ID)), CII upper-case(TypeCode) without trimming.
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var breakdown in CoreXml.Breakdowns(xml))
            {
                if (cii ? !(CoreXml.IsCiiVat(breakdown) && breakdown.Element(Ns.Ram + "CategoryCode") is not null) : !CoreXml.UblVatCategories(breakdown).Any(c => c.Element(Ns.Cbc + "ID") is not null))
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
            if (!ModelChecks.NotBlank(b.CategoryCode) || !Categories.IsVatScheme(b.TaxScheme))
            {
                findings.Add(this, FindingLocation.VatBreakdown(c, n));
            }
        }
    }
}
