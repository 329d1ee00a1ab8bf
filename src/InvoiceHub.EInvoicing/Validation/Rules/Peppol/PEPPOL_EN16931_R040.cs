using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R040: Allowance/charge amount must equal base amount * percentage/100 if base amount and percentage exists</summary>
internal sealed class PEPPOL_EN16931_R040() : XmlRule("PEPPOL-EN16931-R040", "Allowance/charge amount must equal base amount * percentage/100 if base amount and percentage exists")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var charges = cii
            ? context.Xml!.Descendants(Ns.Ram + "SpecifiedTradeAllowanceCharge")
            : root.AllAt("cac:AllowanceCharge").Concat(root.AllAt("cac:InvoiceLine/cac:AllowanceCharge")).Concat(root.AllAt("cac:CreditNoteLine/cac:AllowanceCharge"));
        var percentName = cii ? "ram:CalculationPercent" : "cbc:MultiplierFactorNumeric";
        var baseName = cii ? "ram:BasisAmount" : "cbc:BaseAmount";
        foreach (var charge in charges)
        {
            if (charge.FirstAt(percentName) is { } percent && charge.FirstAt(baseName) is { } basis)
            {
                var amount = LenientDecimal.OrZero(charge.FirstAt(cii ? "ram:ActualAmount" : "cbc:Amount"));
                Assert(findings, charge, PeppolChecks.Slack(amount, LenientDecimal.OrZero(basis) * LenientDecimal.OrZero(percent) / 100m, 0.02m));
            }
        }
    }
}
