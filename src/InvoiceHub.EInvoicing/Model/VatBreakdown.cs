namespace InvoiceHub.EInvoicing.Model;

/// <summary>One VAT breakdown entry (BG-23); OIOUBL excise subtotals appear here too, with their tax scheme.</summary>
public sealed record VatBreakdown
{
    /// <summary>BT-116 VAT category taxable amount.</summary>
    public Money? TaxableAmount { get; init; }

    /// <summary>BT-117 VAT category tax amount.</summary>
    public Money? TaxAmount { get; init; }

    /// <summary>BT-118 VAT category code (UNTDID 5305; OIOUBL: StandardRated, ZeroRated, ReverseCharge, Excise...).</summary>
    public string? CategoryCode { get; init; }

    /// <summary>BT-119 VAT category rate in percent.</summary>
    public decimal? Rate { get; init; }

    /// <summary>BT-120 VAT exemption reason text.</summary>
    public string? ExemptionReason { get; init; }

    /// <summary>BT-121 VAT exemption reason code.</summary>
    public string? ExemptionReasonCode { get; init; }

    /// <summary>Tax scheme ("VAT"; OIOUBL "63" for VAT or an excise scheme id).</summary>
    public string? TaxScheme { get; init; }
}
