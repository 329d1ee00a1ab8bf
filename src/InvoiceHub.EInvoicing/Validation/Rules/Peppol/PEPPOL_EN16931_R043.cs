using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R043: Allowance/charge ChargeIndicator value MUST equal 'true' or 'false'</summary>
internal sealed class PEPPOL_EN16931_R043() : XmlRule("PEPPOL-EN16931-R043", "Allowance/charge ChargeIndicator value MUST equal 'true' or 'false'")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var charges = cii
            ? context.Xml!.Descendants(Ns.Ram + "SpecifiedTradeAllowanceCharge").Concat(context.Xml!.Descendants(Ns.Ram + "AppliedTradeAllowanceCharge"))
            : root.AllAt("cac:AllowanceCharge").Concat(root.AllAt("cac:InvoiceLine/cac:AllowanceCharge")).Concat(root.AllAt("cac:CreditNoteLine/cac:AllowanceCharge"));
        foreach (var charge in charges)
        {
            Assert(findings, charge, charge.NormalizedTextAt(cii ? "ram:ChargeIndicator/udt:Indicator" : "cbc:ChargeIndicator") is "true" or "false");
        }
    }
}
