using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>DK-R-004: When specifying non-VAT Taxes for Danish customers, Danish suppliers MUST use the AllowanceChargeReasonCode="ZZZ" and MUST be specified in AllowanceChargeReason; Either as the 4-digit Tax category or must include a #, but the # is not allowed as first and last character</summary>
internal sealed class DK_R_004() : XmlRule("DK-R-004", "When specifying non-VAT Taxes for Danish customers, Danish suppliers MUST use the AllowanceChargeReasonCode=\"ZZZ\" and MUST be specified in AllowanceChargeReason; Either as the 4-digit Tax category or must include a #, but the # is not allowed as first and last character")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (cii)
        {
            // CII: one document-level test over the header allowances and charges (a ZZZ code anywhere, the first reason).
            if (!PeppolNational.DkSupplier(root, cii))
            {
                return;
            }

            var charges = root.AllAt(PeppolChecks.Settlement + "/ram:SpecifiedTradeAllowanceCharge").ToList();
            var zzz = PeppolNational.DkCustomer(root, cii) && charges.SelectMany(c => c.AllAt("ram:ReasonCode")).Any(c => c.Value == "ZZZ");
            Assert(findings, root, !zzz || TaxReason(charges.SelectMany(c => c.AllAt("ram:Reason")).FirstOrDefault()));
            return;
        }

        if (!PeppolNational.DkDomestic(root, cii))
        {
            return;
        }

        foreach (var charge in context.Xml!.Descendants(Ns.Cac + "AllowanceCharge"))
        {
            if (charge.AllAt("cbc:AllowanceChargeReasonCode").Any(c => c.Value == "ZZZ"))
            {
                Assert(findings, charge, TaxReason(charge.FirstAt("cbc:AllowanceChargeReason")));
            }
        }

        // A 4-digit tax category (0..9999), or a text with a '#' that neither starts nor ends it.
        static bool TaxReason(XElement? reason)
        {
            if (reason is null)
            {
                return false;
            }

            var number = PeppolChecks.Number(reason.Value);
            if (reason.NormalizeSpace().Length == 4 && number >= 0 && number <= 9999)
            {
                return true;
            }

            var text = reason.Value;
            return text.Contains('#', StringComparison.Ordinal) && !text.StartsWith('#') && !text.EndsWith('#');
        }
    }
}
