using InvoiceHub.EInvoicing.Model;

namespace InvoiceHub.Cli.Parse;

/// <summary>Document totals (BG-22) as JSON numbers; null when the document does not give them.</summary>
internal sealed record TotalsJson(
    decimal? LineNet,
    decimal? AllowanceTotal,
    decimal? ChargeTotal,
    decimal? TaxExclusive,
    decimal? Tax,
    decimal? TaxInclusive,
    decimal? Prepaid,
    decimal? Rounding,
    decimal? Payable)
{
    public static TotalsJson From(DocumentTotals totals) =>
        new(
            totals.LineNet?.Amount,
            totals.AllowanceTotal?.Amount,
            totals.ChargeTotal?.Amount,
            totals.TaxExclusive?.Amount,
            totals.Tax?.Amount,
            totals.TaxInclusive?.Amount,
            totals.Prepaid?.Amount,
            totals.Rounding?.Amount,
            totals.Payable?.Amount);
}
