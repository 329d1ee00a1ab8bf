namespace InvoiceHub.EInvoicing.Model;

/// <summary>Line VAT information (BG-30).</summary>
public sealed record LineVat
{
    /// <summary>BT-151 invoiced item VAT category code.</summary>
    public string? CategoryCode { get; init; }

    /// <summary>BT-152 invoiced item VAT rate.</summary>
    public decimal? Rate { get; init; }

    /// <summary>Tax scheme of the category ("VAT"; OIOUBL "63").</summary>
    public string? TaxScheme { get; init; }

    /// <summary>Line VAT amount (OIOUBL line-level TaxTotal; not part of EN 16931).</summary>
    public Money? TaxAmount { get; init; }

    /// <summary>Line taxable amount (OIOUBL line-level TaxSubtotal; not part of EN 16931).</summary>
    public Money? TaxableAmount { get; init; }
}
