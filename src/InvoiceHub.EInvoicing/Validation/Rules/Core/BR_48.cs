using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-48: Each VAT breakdown (BG-23) shall have a VAT category rate (BT-119), except if the Invoice is not subject to VAT.</summary>
internal sealed class BR_48() : Rule("BR-48", "Each VAT breakdown (BG-23) shall have a VAT category rate (BT-119), except if the Invoice is not subject to VAT.")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // A rate (even empty) under the VAT scheme, or category O (CII as written, UBL normalize-space).
            var cii = xml.Syntax == XmlSyntax.Cii;
            foreach (var breakdown in CoreXml.Breakdowns(xml))
            {
                if (cii ? !(CoreXml.IsCiiVat(breakdown) && (breakdown.Element(Ns.Ram + "RateApplicablePercent") is not null || breakdown.Elements(Ns.Ram + "CategoryCode").Any(c => c.Value == "O"))) : !CoreXml.UblVatCategories(breakdown).Any(c => c.Element(Ns.Cbc + "Percent") is not null || c.Elements(Ns.Cbc + "ID").Any(id => XmlExtensions.Normalize(id.Value) == "O")))
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
            if (!Categories.IsVatScheme(b.TaxScheme) || (b.Rate is null && !Categories.IsCode(b.CategoryCode, "O")))
            {
                findings.Add(this, FindingLocation.VatBreakdown(c, n));
            }
        }
    }
}
