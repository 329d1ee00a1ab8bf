using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Calculations;

/// <summary>
/// BR-CO-10, BR-CO-13 and BR-CO-16 in UBL as the official tests read them: the context is every
/// <c>cac:LegalMonetaryTotal</c> (a repeated one included, which the model does not read), and each test looks at that
/// group's own amounts. A comparison with an absent amount is false, so a group without the amount fails.
/// </summary>
internal static class UblTotalsGroups
{
    /// <summary>Reports each totals group of a UBL document that fails the test; false when the rule is not judged here (CII, or no XML).</summary>
    public static bool Check(Rule rule, ValidationContext context, FindingSink findings, Func<XElement, XmlIndex, bool> holds)
    {
        if (context.Xml is not { Syntax: XmlSyntax.Ubl } xml)
        {
            return false;
        }

        foreach (var totals in xml.Named(Ns.Cac + "LegalMonetaryTotal"))
        {
            if (!holds(totals, xml))
            {
                findings.Add(rule, XmlLocation.Of(totals));
            }
        }

        return true;
    }

    /// <summary>BR-CO-10: <c>xs:decimal(cbc:LineExtensionAmount) = round(sum(//(cac:InvoiceLine|cac:CreditNoteLine)/xs:decimal(cbc:LineExtensionAmount)) * 100) div 100</c>.</summary>
    public static bool LineNetHolds(XElement totals, XmlIndex xml)
    {
        var sum = 0m;
        foreach (var line in xml.Named(Ns.Cac + "InvoiceLine").Concat(xml.Named(Ns.Cac + "CreditNoteLine")))
        {
            sum += XsDecimal.Of(line.Element(Ns.Cbc + "LineExtensionAmount")) ?? 0m;
        }

        return Amount(totals, "LineExtensionAmount") is { } lineNet && lineNet == XPathMath.Round2(sum);
    }

    /// <summary>BR-CO-13: the tax exclusive amount is the line total plus the charge total minus the allowance total, by which of them exist.</summary>
    public static bool TaxExclusiveHolds(XElement totals, XmlIndex xml)
    {
        var exclusive = Amount(totals, "TaxExclusiveAmount");
        var lineNet = Amount(totals, "LineExtensionAmount");
        var hasCharges = totals.Element(Ns.Cbc + "ChargeTotalAmount") is not null;
        var hasAllowances = totals.Element(Ns.Cbc + "AllowanceTotalAmount") is not null;
        var charges = Amount(totals, "ChargeTotalAmount");
        var allowances = Amount(totals, "AllowanceTotalAmount");
        if (exclusive is not { } te || lineNet is not { } le || (hasCharges && charges is null) || (hasAllowances && allowances is null))
        {
            return false;
        }

        return !hasCharges && !hasAllowances ? te == le : te == XPathMath.Round2(le + (charges ?? 0m) - (allowances ?? 0m));
    }

    /// <summary>BR-CO-16: the amount due is the total with VAT minus the paid amount, with the rounding amount taken off the amount due first.</summary>
    public static bool PayableHolds(XElement totals, XmlIndex xml)
    {
        var payable = Amount(totals, "PayableAmount");
        var inclusive = Amount(totals, "TaxInclusiveAmount");
        var hasPrepaid = totals.Element(Ns.Cbc + "PrepaidAmount") is not null;
        var hasRounding = totals.Element(Ns.Cbc + "PayableRoundingAmount") is not null;
        var prepaid = Amount(totals, "PrepaidAmount");
        var rounding = Amount(totals, "PayableRoundingAmount");
        if (payable is not { } due || inclusive is not { } incl || (hasPrepaid && prepaid is null) || (hasRounding && rounding is null))
        {
            return false;
        }

        // As written: without a paid amount the rounded difference is compared with the unrounded total with VAT.
        var expected = hasPrepaid ? XPathMath.Round2(incl - prepaid!.Value) : incl;
        return hasRounding ? XPathMath.Round2(due - rounding!.Value) == expected : due == expected;
    }

    private static decimal? Amount(XElement totals, string name) => XsDecimal.Of(totals.Element(Ns.Cbc + name));
}
