using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R041: Allowance/charge base amount MUST be provided when allowance/charge percentage is provided.</summary>
internal sealed class PEPPOL_EN16931_R041() : XmlRule("PEPPOL-EN16931-R041", "Allowance/charge base amount MUST be provided when allowance/charge percentage is provided.")
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
            Assert(findings, charge, !(charge.HasElementAt(percentName) && !charge.HasElementAt(baseName)));
        }
    }
}
