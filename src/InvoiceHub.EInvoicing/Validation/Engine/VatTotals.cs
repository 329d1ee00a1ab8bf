using InvoiceHub.EInvoicing.Model;

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

    public Sums For(string category) => _byCategory.TryGetValue(category, out var sums) ? sums : new Sums();

    public Sums For(string category, decimal rate) => _byCategoryAndRate.TryGetValue((category, rate), out var sums) ? sums : new Sums();

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
