using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Rules.Core;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.VatCategories;

/// <summary>BR-x-10: exempt categories need an exemption reason (text or code); rated ones must not have one.</summary>
internal sealed class CategoryExemptionReasonRule(VatCategory category)
    : Rule(category.Id(10), category.ExemptionReasonRequired
        ? $"A VAT breakdown (BG-23) with VAT Category code (BT-118) \"{category.Name}\" shall have a VAT exemption reason code (BT-121) or a VAT exemption reason text (BT-120)."
        : $"A VAT breakdown (BG-23) with VAT Category code (BT-118) \"{category.Name}\" shall not have a VAT exemption reason code (BT-121) or VAT exemption reason text (BT-120).")
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            // The official contexts are the breakdown's category in the XML, and the test asks only whether a reason
            // element exists (an empty one is a reason).
            foreach (var breakdown in Breakdowns(xml))
            {
                var reason = xml.Syntax == XmlSyntax.Cii
                    ? breakdown.Element(Ns.Ram + "ExemptionReason") ?? breakdown.Element(Ns.Ram + "ExemptionReasonCode")
                    : breakdown.Element(Ns.Cbc + "TaxExemptionReason") ?? breakdown.Element(Ns.Cbc + "TaxExemptionReasonCode");
                if (reason is not null != category.ExemptionReasonRequired)
                {
                    findings.Add(this, XmlLocation.Line(xml.Syntax == XmlSyntax.Cii ? breakdown : breakdown.Parent!));
                }
            }

            return;
        }

        var i = context.Invoice;
        for (var n = 0; n < i.VatBreakdown.Count; n++)
        {
            var b = i.VatBreakdown[n];
            if (!category.IsBreakdown(context, b))
            {
                continue;
            }

            var hasReason = b.ExemptionReason is not null || b.ExemptionReasonCode is not null;
            if (hasReason != category.ExemptionReasonRequired)
            {
                findings.Add(this, FindingLocation.VatBreakdown(context, n));
            }
        }
    }

    /// <summary>
    /// UBL: each TaxCategory of a root TaxTotal/TaxSubtotal with this code (normalize-space) under the VAT scheme; CII:
    /// each header ApplicableTradeTax with this code as written and, except for S and Z, TypeCode VAT (upper-case, not trimmed).
    /// </summary>
    private IEnumerable<XElement> Breakdowns(XmlIndex xml)
    {
        if (xml.Syntax == XmlSyntax.Cii)
        {
            return xml.Named(Ns.Ram + "ApplicableTradeTax")
                .Where(t => t.Parent?.Name == Ns.Ram + "ApplicableHeaderTradeSettlement"
                    && t.Elements(Ns.Ram + "CategoryCode").Any(c => c.Value == category.Code)
                    && (category.Code is "S" or "Z" || CoreXml.IsCiiVat(t)));
        }

        return xml.Root.Elements(Ns.Cac + "TaxTotal").Elements(Ns.Cac + "TaxSubtotal").Elements(Ns.Cac + "TaxCategory")
            .Where(c => c.Elements(Ns.Cbc + "ID").Any(id => XmlExtensions.Normalize(id.Value) == category.Code) && CoreXml.IsUblVatScheme(c));
    }
}
