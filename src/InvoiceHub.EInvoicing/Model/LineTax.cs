namespace InvoiceHub.EInvoicing.Model;

/// <summary>A non-VAT tax on a line, such as an OIOUBL excise duty subtotal.</summary>
public sealed record LineTax
{
    public string? TaxScheme { get; init; }

    public string? CategoryCode { get; init; }

    public decimal? Rate { get; init; }

    public Money? TaxableAmount { get; init; }

    public Money? TaxAmount { get; init; }
}
