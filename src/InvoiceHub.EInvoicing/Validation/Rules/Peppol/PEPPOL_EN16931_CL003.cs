using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-CL003: Reason code MUST be according to UNCL 7161 D.16B.</summary>
internal sealed class PEPPOL_EN16931_CL003() : XmlRule("PEPPOL-EN16931-CL003", "Reason code MUST be according to UNCL 7161 D.16B.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        var charges = cii ? context.Xml!.Descendants(Ns.Ram + "SpecifiedTradeAllowanceCharge") : context.Xml!.Descendants(Ns.Cac + "AllowanceCharge");
        foreach (var charge in charges)
        {
            if (charge.NormalizedTextAt(cii ? "ram:ChargeIndicator/udt:Indicator" : "cbc:ChargeIndicator") == "true" && charge.FirstAt(cii ? "ram:ReasonCode" : "cbc:AllowanceChargeReasonCode") is { } code)
            {
                Assert(findings, code, PeppolCodes.ChargeReasons.Contains(code.NormalizeSpace()));
            }
        }
    }
}
