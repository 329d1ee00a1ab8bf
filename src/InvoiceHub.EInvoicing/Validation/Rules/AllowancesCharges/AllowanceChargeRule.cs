using System.Xml.Linq;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.AllowancesCharges;

/// <summary>
/// One row of the allowance and charge presence rules (BR-31..33, BR-36..38, BR-41..44, BR-CO-21..24): at document
/// or line level, for allowances or charges, the element that must exist. The official context is the allowance or
/// charge whose charge indicator is false (or true) as written, so one without an indicator is judged by none of
/// these rules (UBL compares <c>cbc:ChargeIndicator</c> as a boolean, CII <c>udt:Indicator</c> as the string).
/// </summary>
internal sealed class AllowanceChargeRule(string id, string message, bool lineLevel, bool charge, AllowanceChargeRequirement requirement) : Rule(id, message)
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (context.Xml is { } xml)
        {
            if (xml.Syntax == XmlSyntax.Cii)
            {
                CheckCii(xml, findings);
            }
            else
            {
                CheckUbl(xml, findings);
            }

            return;
        }

        var i = context.Invoice;
        if (lineLevel)
        {
            for (var l = 0; l < i.Lines.Count; l++)
            {
                for (var n = 0; n < i.Lines[l].AllowancesCharges.Count; n++)
                {
                    if (Fails(i.Lines[l].AllowancesCharges[n]))
                    {
                        findings.Add(this, FindingLocation.LineAllowanceCharge(context, l, n));
                    }
                }
            }

            return;
        }

        for (var n = 0; n < i.AllowancesCharges.Count; n++)
        {
            if (Fails(i.AllowancesCharges[n]))
            {
                findings.Add(this, FindingLocation.AllowanceCharge(context, n));
            }
        }
    }

    private void CheckUbl(XmlIndex xml, FindingSink findings)
    {
        foreach (var ac in xml.Named(Ns.Cac + "AllowanceCharge"))
        {
            var parent = ac.Parent;
            var inScope = lineLevel
                ? parent is not null && (parent.Name == Ns.Cac + "InvoiceLine" || parent.Name == Ns.Cac + "CreditNoteLine")
                : parent == xml.Root;
            var indicator = ac.Elements(Ns.Cbc + "ChargeIndicator");
            if (inScope && (charge ? indicator.Any(e => e.IsTrue()) : indicator.Any(e => e.IsFalse())) && !HasUbl(ac))
            {
                findings.Add(this, XmlLocation.Of(ac));
            }
        }
    }

    private bool HasUbl(XElement ac) => requirement switch
    {
        AllowanceChargeRequirement.Amount => ac.Element(Ns.Cbc + "Amount") is not null,
        AllowanceChargeRequirement.VatCategory => ac.Elements(Ns.Cac + "TaxCategory")
            .Any(t => t.Element(Ns.Cbc + "ID") is not null && t.Elements(Ns.Cac + "TaxScheme").Any(s => string.Equals(s.Element(Ns.Cbc + "ID").NormalizeSpace(), "VAT", StringComparison.OrdinalIgnoreCase))),
        _ => ac.Element(Ns.Cbc + "AllowanceChargeReason") is not null || ac.Element(Ns.Cbc + "AllowanceChargeReasonCode") is not null,
    };

    private void CheckCii(XmlIndex xml, FindingSink findings)
    {
        var settlement = Ns.Ram + (lineLevel ? "SpecifiedLineTradeSettlement" : "ApplicableHeaderTradeSettlement");
        var value = charge ? "true" : "false";
        foreach (var indicator in xml.Named(Ns.Ram + "ChargeIndicator"))
        {
            if (indicator.Parent is { } ac && ac.Name == Ns.Ram + "SpecifiedTradeAllowanceCharge" && ac.Parent?.Name == settlement
                && indicator.Elements(Ns.Udt + "Indicator").Any(e => e.Value == value) && !HasCii(ac))
            {
                findings.Add(this, XmlLocation.Of(indicator));
            }
        }
    }

    private bool HasCii(XElement ac) => requirement switch
    {
        AllowanceChargeRequirement.Amount => ac.Element(Ns.Ram + "ActualAmount") is not null,
        AllowanceChargeRequirement.VatCategory => ac.Elements(Ns.Ram + "CategoryTradeTax")
            .Any(t => t.Element(Ns.Ram + "CategoryCode") is not null && t.Elements(Ns.Ram + "TypeCode").Any(c => string.Equals(c.Value, "VAT", StringComparison.OrdinalIgnoreCase))),
        _ => ac.Element(Ns.Ram + "Reason") is not null || ac.Element(Ns.Ram + "ReasonCode") is not null,
    };

    private bool Fails(AllowanceCharge ac) => ac.IsCharge == charge && requirement switch
    {
        AllowanceChargeRequirement.Amount => ac.Amount is null,
        AllowanceChargeRequirement.VatCategory => ac.VatCategoryCode is null,
        _ => !ModelHasReason(ac),
    };

    private static bool ModelHasReason(AllowanceCharge ac) => ac.Reason is not null || ac.ReasonCode is not null;
}
