namespace InvoiceHub.EInvoicing.Model;

/// <summary>An allowance or charge: document level (BG-20 / BG-21) or line level (BG-27 / BG-28).</summary>
public sealed record AllowanceCharge
{
    /// <summary>True for a charge (BG-21 / BG-28), false for an allowance (BG-20 / BG-27).</summary>
    public bool IsCharge { get; init; }

    /// <summary>BT-92 / BT-99 / BT-136 / BT-141 amount.</summary>
    public Money? Amount { get; init; }

    /// <summary>BT-93 / BT-100 / BT-137 / BT-142 base amount.</summary>
    public Money? BaseAmount { get; init; }

    /// <summary>BT-94 / BT-101 / BT-138 / BT-143 percentage.</summary>
    public decimal? Percentage { get; init; }

    /// <summary>BT-95 / BT-102 VAT category code (document level only).</summary>
    public string? VatCategoryCode { get; init; }

    /// <summary>BT-96 / BT-103 VAT rate (document level only).</summary>
    public decimal? VatRate { get; init; }

    /// <summary>BT-97 / BT-104 / BT-139 / BT-144 reason text.</summary>
    public string? Reason { get; init; }

    /// <summary>BT-98 / BT-105 / BT-140 / BT-145 reason code (UNTDID 5189 allowances, 7161 charges).</summary>
    public string? ReasonCode { get; init; }
}
