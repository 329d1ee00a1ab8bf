using System.Xml.Linq;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>
/// Sums of line net amounts and document allowances/charges per VAT category (and per category and rate),
/// built in one pass so the VAT breakdown rules stay linear in the number of lines.
/// </summary>
internal sealed class VatTotals
{
    private readonly Dictionary<string, Sums> _byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, decimal), Sums> _byCategoryAndRate = [];

    public VatTotals(Invoice invoice)
    {
        foreach (var line in invoice.Lines)
        {
            var category = Categories.Normalize(line.Vat?.CategoryCode);
            if (category is null)
            {
                continue;
            }

            var net = line.NetAmount?.Amount ?? 0m;
            Get(category).LineNet += net;
            Get(category).HasLines = true;
            if (line.Vat?.Rate is { } rate)
            {
                var sums = Get(category, rate);
                sums.LineNet += net;
                sums.HasLines = true;
            }
        }

        foreach (var allowanceCharge in invoice.AllowancesCharges)
        {
            var category = Categories.Normalize(allowanceCharge.VatCategoryCode);
            if (category is null)
            {
                continue;
            }

            Add(Get(category), allowanceCharge);
            if (allowanceCharge.VatRate is { } rate)
            {
                Add(Get(category, rate), allowanceCharge);
            }
        }
    }

    /// <summary>
    /// The sums the official BR-x-08 tests compute, from the XML: UBL lines by their <c>Item/ClassifiedTaxCategory</c>
    /// only (any scheme, normalize-space of the code), CII lines by their trade tax (the code as written), document
    /// allowances and charges by their indicator (one without a valid indicator is in neither sum).
    /// </summary>
    public VatTotals(XmlIndex xml)
    {
        var root = xml.Root;
        if (xml.Syntax == XmlSyntax.Cii)
        {
            var transaction = root.Element(Ns.Rsm + "SupplyChainTradeTransaction");
            foreach (var settlement in transaction?.Elements(Ns.Ram + "IncludedSupplyChainTradeLineItem").Elements(Ns.Ram + "SpecifiedLineTradeSettlement") ?? [])
            {
                var tax = settlement.Element(Ns.Ram + "ApplicableTradeTax");
                var net = XsDecimal.Of(settlement.Element(Ns.Ram + "SpecifiedTradeSettlementLineMonetarySummation")?.Element(Ns.Ram + "LineTotalAmount")) ?? 0m;
                AddLine(tax?.Element(Ns.Ram + "CategoryCode")?.Value, XsDecimal.Of(tax?.Element(Ns.Ram + "RateApplicablePercent")), net);
            }

            foreach (var allowanceCharge in transaction?.Elements(Ns.Ram + "ApplicableHeaderTradeSettlement").Elements(Ns.Ram + "SpecifiedTradeAllowanceCharge") ?? [])
            {
                var tax = allowanceCharge.Element(Ns.Ram + "CategoryTradeTax");
                AddAllowanceCharge(
                    allowanceCharge.Element(Ns.Ram + "ChargeIndicator")?.Element(Ns.Udt + "Indicator"),
                    tax?.Element(Ns.Ram + "CategoryCode")?.Value,
                    XsDecimal.Of(tax?.Element(Ns.Ram + "RateApplicablePercent")),
                    XsDecimal.Of(allowanceCharge.Element(Ns.Ram + "ActualAmount")));
            }

            return;
        }

        foreach (var line in root.Elements(Ns.Cac + (xml.IsCreditNote ? "CreditNoteLine" : "InvoiceLine")))
        {
            var category = line.Element(Ns.Cac + "Item")?.Element(Ns.Cac + "ClassifiedTaxCategory");
            AddLine(category?.Element(Ns.Cbc + "ID").NormalizeSpace(), XsDecimal.Of(category?.Element(Ns.Cbc + "Percent")), XsDecimal.Of(line.Element(Ns.Cbc + "LineExtensionAmount")) ?? 0m);
        }

        foreach (var allowanceCharge in root.Elements(Ns.Cac + "AllowanceCharge"))
        {
            var category = allowanceCharge.Element(Ns.Cac + "TaxCategory");
            AddAllowanceCharge(
                allowanceCharge.Element(Ns.Cbc + "ChargeIndicator"),
                category?.Element(Ns.Cbc + "ID").NormalizeSpace(),
                XsDecimal.Of(category?.Element(Ns.Cbc + "Percent")),
                XsDecimal.Of(allowanceCharge.Element(Ns.Cbc + "Amount")));
        }
    }

    public Sums For(string category) => _byCategory.TryGetValue(category, out var sums) ? sums : new Sums();

    public Sums For(string category, decimal rate) => _byCategoryAndRate.TryGetValue((category, rate), out var sums) ? sums : new Sums();

    private void AddLine(string? category, decimal? rate, decimal net)
    {
        if (string.IsNullOrEmpty(category))
        {
            return;
        }

        var sums = Get(category);
        sums.LineNet += net;
        sums.HasLines = true;
        if (rate is { } value)
        {
            var perRate = Get(category, value);
            perRate.LineNet += net;
            perRate.HasLines = true;
        }
    }

    private void AddAllowanceCharge(XElement? indicator, string? category, decimal? rate, decimal? amount)
    {
        if (string.IsNullOrEmpty(category))
        {
            return;
        }

        // UBL S-08 asks whether any allowance or charge of the rate exists, whatever its indicator.
        var charge = indicator.IsTrue();
        var allowance = indicator.IsFalse();
        foreach (var sums in rate is { } value ? new[] { Get(category), Get(category, value) } : new[] { Get(category) })
        {
            sums.HasAllowancesCharges = true;
            if (charge)
            {
                sums.Charges += amount ?? 0m;
            }
            else if (allowance)
            {
                sums.Allowances += amount ?? 0m;
            }
        }
    }

    private static void Add(Sums sums, AllowanceCharge allowanceCharge)
    {
        var amount = allowanceCharge.Amount?.Amount ?? 0m;
        if (allowanceCharge.IsCharge)
        {
            sums.Charges += amount;
        }
        else
        {
            sums.Allowances += amount;
        }

        sums.HasAllowancesCharges = true;
    }

    private Sums Get(string category)
    {
        if (!_byCategory.TryGetValue(category, out var sums))
        {
            sums = new Sums();
            _byCategory.Add(category, sums);
        }

        return sums;
    }

    private Sums Get(string category, decimal rate)
    {
        if (!_byCategoryAndRate.TryGetValue((category, rate), out var sums))
        {
            sums = new Sums();
            _byCategoryAndRate.Add((category, rate), sums);
        }

        return sums;
    }

    /// <summary>Running sums for one category (or category and rate).</summary>
    internal sealed class Sums
    {
        public decimal LineNet { get; set; }

        public decimal Allowances { get; set; }

        public decimal Charges { get; set; }

        public bool HasLines { get; set; }

        public bool HasAllowancesCharges { get; set; }

        /// <summary>What the taxable amount of this category should be: lines + charges - allowances.</summary>
        public decimal Taxable => LineNet + Charges - Allowances;
    }
}
