namespace InvoiceHub.EInvoicing.Model;

/// <summary>Document totals (BG-22), as written in the document (never recomputed by the reader).</summary>
public sealed record DocumentTotals
{
    /// <summary>BT-106 sum of invoice line net amounts.</summary>
    public Money? LineNet { get; init; }

    /// <summary>BT-107 sum of allowances on document level.</summary>
    public Money? AllowanceTotal { get; init; }

    /// <summary>BT-108 sum of charges on document level.</summary>
    public Money? ChargeTotal { get; init; }

    /// <summary>BT-109 invoice total amount without VAT. Null for OIOUBL, whose TaxExclusiveAmount means something else.</summary>
    public Money? TaxExclusive { get; init; }

    /// <summary>BT-110 invoice total VAT amount (in the document currency).</summary>
    public Money? Tax { get; init; }

    /// <summary>BT-111 invoice total VAT amount in the tax currency (BT-6).</summary>
    public Money? TaxInTaxCurrency { get; init; }

    /// <summary>BT-112 invoice total amount with VAT.</summary>
    public Money? TaxInclusive { get; init; }

    /// <summary>BT-113 paid amount.</summary>
    public Money? Prepaid { get; init; }

    /// <summary>BT-114 rounding amount.</summary>
    public Money? Rounding { get; init; }

    /// <summary>BT-115 amount due for payment.</summary>
    public Money? Payable { get; init; }

    /// <summary>OIOUBL only: the raw LegalMonetaryTotal/TaxExclusiveAmount, which there is the total of all taxes (VAT and excise).</summary>
    public Money? OioublTotalTaxAmount { get; init; }
}
