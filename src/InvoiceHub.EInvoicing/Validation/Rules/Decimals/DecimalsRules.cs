using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Decimals;

/// <summary>
/// The EN 16931 decimal rules (BR-DEC-*) as rows: each says that one amount has at most two decimals, and differs only
/// in where that amount is (a document or line allowance or charge, the totals, the VAT breakdown, the line).
/// </summary>
internal static class DecimalsRules
{
    private const string Prefix = "The allowed maximum number of decimals for the ";

    public static IEnumerable<Rule> All() =>
    [
        new XmlDecimalsRule(new AllowanceChargeDecimalsRule("BR-DEC-01", Prefix + "Document level allowance amount (BT-92) is 2.", lineLevel: false, charge: false, a => a.Amount), DecimalsPlace.UblDocumentAllowanceCharge(charge: false, "Amount"), DecimalsPlace.CiiAllowanceCharge("ApplicableHeaderTradeSettlement", charge: false, "ActualAmount")),
        new XmlDecimalsRule(new AllowanceChargeDecimalsRule("BR-DEC-02", Prefix + "Document level allowance base amount (BT-93) is 2.", lineLevel: false, charge: false, a => a.BaseAmount), DecimalsPlace.UblDocumentAllowanceCharge(charge: false, "BaseAmount"), DecimalsPlace.CiiAllowanceCharge("ApplicableHeaderTradeSettlement", charge: false, "BasisAmount")),
        new XmlDecimalsRule(new AllowanceChargeDecimalsRule("BR-DEC-05", Prefix + "Document level charge amount (BT-99) is 2.", lineLevel: false, charge: true, a => a.Amount), DecimalsPlace.UblDocumentAllowanceCharge(charge: true, "Amount"), DecimalsPlace.CiiAllowanceCharge("ApplicableHeaderTradeSettlement", charge: true, "ActualAmount")),
        new XmlDecimalsRule(new AllowanceChargeDecimalsRule("BR-DEC-06", Prefix + "Document level charge base amount (BT-100) is 2.", lineLevel: false, charge: true, a => a.BaseAmount), DecimalsPlace.UblDocumentAllowanceCharge(charge: true, "BaseAmount"), DecimalsPlace.CiiAllowanceCharge("ApplicableHeaderTradeSettlement", charge: true, "BasisAmount")),
        new XmlDecimalsRule(new TotalsDecimalsRule("BR-DEC-09", Prefix + "Sum of Invoice line net amount (BT-106) is 2.", t => t.LineNet), DecimalsPlace.UblTotals("LineExtensionAmount"), DecimalsPlace.CiiTotals("LineTotalAmount")),
        new XmlDecimalsRule(new TotalsDecimalsRule("BR-DEC-10", Prefix + "Sum of allowances on document level (BT-107) is 2.", t => t.AllowanceTotal), DecimalsPlace.UblTotals("AllowanceTotalAmount"), DecimalsPlace.CiiTotals("AllowanceTotalAmount")),
        new XmlDecimalsRule(new TotalsDecimalsRule("BR-DEC-11", Prefix + "Sum of charges on document level (BT-108) is 2.", t => t.ChargeTotal), DecimalsPlace.UblTotals("ChargeTotalAmount"), DecimalsPlace.CiiTotals("ChargeTotalAmount")),
        new XmlDecimalsRule(new TotalsDecimalsRule("BR-DEC-12", Prefix + "Invoice total amount without VAT (BT-109) is 2.", t => t.TaxExclusive), DecimalsPlace.UblTotals("TaxExclusiveAmount"), DecimalsPlace.CiiTotals("TaxBasisTotalAmount")),
        new TaxTotalDecimalsRule("BR-DEC-13", Prefix + "Invoice total VAT amount (BT-110) is 2.", "InvoiceCurrencyCode", otherCurrencyHolds: true, t => t.Tax),
        new XmlDecimalsRule(new TotalsDecimalsRule("BR-DEC-14", Prefix + "Invoice total amount with VAT (BT-112) is 2.", t => t.TaxInclusive), DecimalsPlace.UblTotals("TaxInclusiveAmount"), DecimalsPlace.CiiTotals("GrandTotalAmount")),
        new TaxTotalDecimalsRule("BR-DEC-15", Prefix + "Invoice total VAT amount in accounting currency (BT-111) is 2.", "TaxCurrencyCode", otherCurrencyHolds: false, t => t.TaxInTaxCurrency),
        new XmlDecimalsRule(new TotalsDecimalsRule("BR-DEC-16", Prefix + "Paid amount (BT-113) is 2.", t => t.Prepaid), DecimalsPlace.UblTotals("PrepaidAmount"), DecimalsPlace.CiiTotals("TotalPrepaidAmount")),
        new XmlDecimalsRule(new TotalsDecimalsRule("BR-DEC-17", Prefix + "rounding amount (BT-114) is 2.", t => t.Rounding), DecimalsPlace.UblTotals("PayableRoundingAmount"), DecimalsPlace.CiiTotals("RoundingAmount")),
        new XmlDecimalsRule(new TotalsDecimalsRule("BR-DEC-18", Prefix + "Amount due for payment (BT-115) is 2.", t => t.Payable), DecimalsPlace.UblTotals("PayableAmount"), DecimalsPlace.CiiTotals("DuePayableAmount")),
        new XmlDecimalsRule(new VatBreakdownDecimalsRule("BR-DEC-19", Prefix + "VAT category taxable amount (BT-116) is 2.", b => b.TaxableAmount), DecimalsPlace.UblSubtotals("TaxableAmount"), DecimalsPlace.CiiBreakdowns("BasisAmount")),
        new XmlDecimalsRule(new VatBreakdownDecimalsRule("BR-DEC-20", Prefix + "VAT category tax amount (BT-117) is 2.", b => b.TaxAmount), DecimalsPlace.UblSubtotals("TaxAmount"), DecimalsPlace.CiiBreakdowns("CalculatedAmount")),
        new XmlDecimalsRule(new LineNetDecimalsRule("BR-DEC-23", Prefix + "Invoice line net amount (BT-131) is 2."), DecimalsPlace.UblLines("LineExtensionAmount"), DecimalsPlace.CiiLines()),
        new XmlDecimalsRule(new AllowanceChargeDecimalsRule("BR-DEC-24", Prefix + "Invoice line allowance amount (BT-136) is 2.", lineLevel: true, charge: false, a => a.Amount), DecimalsPlace.UblLineAllowanceCharge(charge: false, "Amount"), DecimalsPlace.CiiAllowanceCharge("SpecifiedLineTradeSettlement", charge: false, "ActualAmount")),
        new XmlDecimalsRule(new AllowanceChargeDecimalsRule("BR-DEC-25", Prefix + "Invoice line allowance base amount (BT-137) is 2.", lineLevel: true, charge: false, a => a.BaseAmount), DecimalsPlace.UblLineAllowanceCharge(charge: false, "BaseAmount"), DecimalsPlace.CiiAllowanceCharge("SpecifiedLineTradeSettlement", charge: false, "BasisAmount")),
        new XmlDecimalsRule(new AllowanceChargeDecimalsRule("BR-DEC-27", Prefix + "Invoice line charge amount (BT-141) is 2.", lineLevel: true, charge: true, a => a.Amount), DecimalsPlace.UblLineAllowanceCharge(charge: true, "Amount"), DecimalsPlace.CiiAllowanceCharge("SpecifiedLineTradeSettlement", charge: true, "ActualAmount")),
        new XmlDecimalsRule(new AllowanceChargeDecimalsRule("BR-DEC-28", Prefix + "Invoice line charge base amount (BT-142) is 2.", lineLevel: true, charge: true, a => a.BaseAmount), DecimalsPlace.UblLineAllowanceCharge(charge: true, "BaseAmount"), DecimalsPlace.CiiAllowanceCharge("SpecifiedLineTradeSettlement", charge: true, "BasisAmount")),
    ];
}

/// <summary>An amount of each document level (or each line's) allowance or charge.</summary>
internal sealed class AllowanceChargeDecimalsRule(string id, string message, bool lineLevel, bool charge, Func<AllowanceCharge, Money?> amount) : Rule(id, message)
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var invoice = context.Invoice;
        if (!lineLevel)
        {
            for (var n = 0; n < invoice.AllowancesCharges.Count; n++)
            {
                var allowanceCharge = invoice.AllowancesCharges[n];
                if (allowanceCharge.IsCharge == charge && ModelChecks.HasMoreThanTwoDecimals(amount(allowanceCharge)))
                {
                    findings.Add(this, FindingLocation.AllowanceCharge(context, n));
                }
            }

            return;
        }

        for (var l = 0; l < invoice.Lines.Count; l++)
        {
            var allowancesCharges = invoice.Lines[l].AllowancesCharges;
            for (var n = 0; n < allowancesCharges.Count; n++)
            {
                if (allowancesCharges[n].IsCharge == charge && ModelChecks.HasMoreThanTwoDecimals(amount(allowancesCharges[n])))
                {
                    findings.Add(this, FindingLocation.LineAllowanceCharge(context, l, n));
                }
            }
        }
    }
}

/// <summary>A document total.</summary>
internal sealed class TotalsDecimalsRule(string id, string message, Func<DocumentTotals, Money?> amount) : Rule(id, message)
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        if (ModelChecks.HasMoreThanTwoDecimals(amount(context.Invoice.Totals)))
        {
            findings.Add(this, FindingLocation.Totals(context));
        }
    }
}

/// <summary>An amount of each VAT breakdown.</summary>
internal sealed class VatBreakdownDecimalsRule(string id, string message, Func<VatBreakdown, Money?> amount) : Rule(id, message)
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var breakdown = context.Invoice.VatBreakdown;
        for (var n = 0; n < breakdown.Count; n++)
        {
            if (ModelChecks.HasMoreThanTwoDecimals(amount(breakdown[n])))
            {
                findings.Add(this, FindingLocation.VatBreakdown(context, n));
            }
        }
    }
}

/// <summary>Each line's net amount.</summary>
internal sealed class LineNetDecimalsRule(string id, string message) : Rule(id, message)
{
    public override void Check(ValidationContext context, FindingSink findings)
    {
        var lines = context.Invoice.Lines;
        for (var n = 0; n < lines.Count; n++)
        {
            if (ModelChecks.HasMoreThanTwoDecimals(lines[n].NetAmount))
            {
                findings.Add(this, FindingLocation.Line(context, n));
            }
        }
    }
}
