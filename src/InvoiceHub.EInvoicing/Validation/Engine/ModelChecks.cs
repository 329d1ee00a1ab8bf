using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Validation.CodeLists;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>
/// Model predicates shared by the business rules, each written to behave like the official XPath test
/// (absent values, rounding, syntax-specific differences between the UBL and the CII binding).
/// </summary>
internal static class ModelChecks
{
    public static bool NotBlank(string? value) => !string.IsNullOrWhiteSpace(value);

    public static bool IsCii(ValidationContext c) => c.Syntax == XmlSyntax.Cii;

    /// <summary>True when the document has a totals group at all (the totals rules are bound to it).</summary>
    public static bool TotalsPresent(Invoice i)
    {
        var t = i.Totals;
        return t.LineNet is not null || t.AllowanceTotal is not null || t.ChargeTotal is not null || t.TaxExclusive is not null
            || t.Tax is not null || t.TaxInclusive is not null || t.Prepaid is not null || t.Rounding is not null || t.Payable is not null;
    }

    /// <summary>
    /// Whether a totals rule is judged: in CII its official context is the monetary summation element, which fails the
    /// comparison when it is present without amounts; otherwise any total the model read.
    /// </summary>
    public static bool TotalsJudged(ValidationContext c) =>
        c.Xml is { Syntax: XmlSyntax.Cii } xml ? xml.Named(Ns.Ram + "SpecifiedTradeSettlementHeaderMonetarySummation").Count > 0 : TotalsPresent(c.Invoice);

    public static bool HasMoreThanTwoDecimals(Money? money) => money is { } m && m.Amount.Scale > 2;

    public static bool IsCreditTransfer(PaymentInstructions p) => p.MeansCode?.Trim() is "30" or "58";

    public static decimal SumLineNet(Invoice i)
    {
        var sum = 0m;
        foreach (var line in i.Lines)
        {
            sum += line.NetAmount?.Amount ?? 0m;
        }

        return sum;
    }

    public static decimal SumAllowancesCharges(Invoice i, bool charge)
    {
        var sum = 0m;
        foreach (var ac in i.AllowancesCharges)
        {
            if (ac.IsCharge == charge)
            {
                sum += ac.Amount?.Amount ?? 0m;
            }
        }

        return sum;
    }

    public static bool SumMatches(Money? total, Invoice i, bool charge)
    {
        var any = i.AllowancesCharges.Any(ac => ac.IsCharge == charge);
        if (total is null)
        {
            return !any;
        }

        return total.Value.Amount == XPathMath.Round2(SumAllowancesCharges(i, charge));
    }

    public static bool TaxExclusiveMatches(ValidationContext c)
    {
        var t = c.Invoice.Totals;
        if (t.TaxExclusive is not { } exclusive || t.LineNet is not { } lineNet)
        {
            return false;
        }

        if (t.ChargeTotal is null && t.AllowanceTotal is null)
        {
            // CII rounds the line total in every branch (round(LineTotalAmount * 100) div 100); UBL compares as written.
            return exclusive.Amount == (IsCii(c) ? XPathMath.Round2(lineNet.Amount) : lineNet.Amount);
        }

        return exclusive.Amount == XPathMath.Round2(lineNet.Amount + (t.ChargeTotal?.Amount ?? 0m) - (t.AllowanceTotal?.Amount ?? 0m));
    }

    public static bool TaxTotalMatches(ValidationContext c)
    {
        var i = c.Invoice;
        var sum = 0m;
        foreach (var b in i.VatBreakdown)
        {
            sum += b.TaxAmount?.Amount ?? 0m;
        }

        if (IsCii(c))
        {
            // CII binds the rule to the TaxTotalAmount in the invoice currency, with or without a breakdown.
            return i.Totals.Tax is not { } tax || (tax.Currency is not null && tax.Currency != i.CurrencyCode) || tax.Amount == XPathMath.Round2(sum);
        }

        return i.VatBreakdown.Count == 0 || (i.Totals.Tax is { } total && total.Amount == XPathMath.Round2(sum));
    }

    public static bool TaxInclusiveMatches(ValidationContext c)
    {
        var t = c.Invoice.Totals;
        if (t.TaxInclusive is not { } inclusive || t.TaxExclusive is not { } exclusive)
        {
            return false;
        }

        var tax = t.Tax is { } total && (total.Currency is null || total.Currency == c.Invoice.CurrencyCode) ? total.Amount : (decimal?)null;
        if (IsCii(c))
        {
            // CII also accepts a grand total equal to the tax basis (no VAT), and needs the currencyID on the VAT total.
            return inclusive.Amount == exclusive.Amount
                || (t.Tax is { Currency: not null } && tax is not null && inclusive.Amount == XPathMath.Round2(exclusive.Amount + tax.Value));
        }

        return tax is not null && inclusive.Amount == XPathMath.Round2(exclusive.Amount + tax.Value);
    }

    public static bool PayableMatches(ValidationContext c)
    {
        var t = c.Invoice.Totals;
        if (t.Payable is not { } payable || t.TaxInclusive is not { } inclusive)
        {
            return false;
        }

        var prepaid = t.Prepaid?.Amount ?? 0m;
        if (IsCii(c))
        {
            return payable.Amount == inclusive.Amount - prepaid + (t.Rounding?.Amount ?? 0m);
        }

        if (t.Rounding is { } rounding)
        {
            return XPathMath.Round2(payable.Amount - rounding.Amount) == XPathMath.Round2(inclusive.Amount - prepaid);
        }

        return t.Prepaid is null ? payable.Amount == inclusive.Amount : payable.Amount == XPathMath.Round2(inclusive.Amount - prepaid);
    }

    /// <summary>CII header taxes of category O, L and M are caught by earlier contexts of the official pattern.</summary>
    public static bool AppliesToCiiHeaderTax(ValidationContext c, VatBreakdown b) =>
        !IsCii(c) || !(Categories.IsCode(b.CategoryCode, "O") || Categories.IsCode(b.CategoryCode, "L") || Categories.IsCode(b.CategoryCode, "M"));

    public static bool CategoryTaxMatches(ValidationContext c, VatBreakdown b)
    {
        var tax = b.TaxAmount?.Amount ?? 0m;
        // The official test takes the rate of a category under the VAT scheme only: one without a scheme (no UBL
        // TaxScheme/ID, no CII TypeCode) is none; a model built without XML keeps the lenient reading.
        var rate = Categories.IsVatScheme(b.TaxScheme) && (b.TaxScheme is not null || c.Xml is null) ? b.Rate : null;
        if (rate is null)
        {
            return b.TaxAmount is not null && XPathMath.Round(tax) == 0;
        }

        if (XPathMath.Round(rate.Value) == 0)
        {
            return b.TaxAmount is not null && XPathMath.Round(tax) == 0;
        }

        if (b.TaxAmount is null || b.TaxableAmount is null)
        {
            return false;
        }

        var expected = XPathMath.Round2(Math.Abs(b.TaxableAmount.Value.Amount) * (rate.Value / 100m));
        var actual = Math.Abs(tax);
        return IsCii(c) ? actual - 1 <= expected && actual + 1 >= expected : actual - 1 < expected && actual + 1 > expected;
    }

    public static bool HasTaxInTaxCurrency(ValidationContext c)
    {
        var i = c.Invoice;
        if (i.Totals.TaxInTaxCurrency is not null)
        {
            return true;
        }

        return !IsCii(c) && string.Equals(i.TaxCurrencyCode?.Trim(), i.CurrencyCode?.Trim(), StringComparison.Ordinal) && i.Totals.Tax is not null;
    }

    public static bool PayeeDiffers(ValidationContext c)
    {
        var i = c.Invoice;
        var payee = i.Payee!;
        if (!NotBlank(payee.Name))
        {
            return false;
        }

        var sellerName = IsCii(c) ? i.Seller.Name : i.Seller.TradingName;
        if (sellerName is not null && payee.Name == sellerName)
        {
            return false;
        }

        return !payee.Identifiers.Any(p => i.Seller.Identifiers.Any(s => s.Value == p.Value));
    }

    public static bool BadVatPrefix(Invoice i)
    {
        foreach (var id in new[] { i.Seller.VatId, i.Buyer.VatId, i.TaxRepresentative?.VatId, i.Payee?.VatId })
        {
            if (id is not null && (id.Value.Length < 2 || !Codes.VatPrefixes.Contains(id.Value[..2])))
            {
                return true;
            }
        }

        return false;
    }

    public static bool SellerIdentified(Invoice i) =>
        NotBlank(i.Seller.VatId?.Value) || i.Seller.Identifiers.Any(id => !string.Equals(id.SchemeId, "SEPA", StringComparison.Ordinal))
        || NotBlank(i.Seller.LegalRegistrationId?.Value);

    /// <summary>Seller has a tax registration of any scheme, or the tax representative a VAT identifier.</summary>
    public static bool SellerTaxRegistered(Invoice i) =>
        NotBlank(i.Seller.VatId?.Value) || NotBlank(i.Seller.TaxRegistrationId?.Value) || NotBlank(i.TaxRepresentative?.VatId?.Value);

    /// <summary>Seller VAT identifier (VAT scheme only) or tax representative VAT identifier.</summary>
    public static bool SellerVatRegistered(Invoice i) => NotBlank(i.Seller.VatId?.Value) || NotBlank(i.TaxRepresentative?.VatId?.Value);
}
