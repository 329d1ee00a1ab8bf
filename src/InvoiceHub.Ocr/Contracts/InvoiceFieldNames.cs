namespace InvoiceHub.Ocr.Contracts;

/// <summary>The names of the extracted fields, as written by <c>invoicehub recognize --json</c> and stored with a document.</summary>
public static class InvoiceFieldNames
{
    public const string InvoiceNumber = "invoiceNumber";
    public const string IssueDate = "issueDate";
    public const string ServiceDate = "serviceDate";
    public const string DueDate = "dueDate";
    public const string Currency = "currency";
    public const string NetAmount = "netAmount";
    public const string TaxAmount = "taxAmount";
    public const string TotalAmount = "totalAmount";
    public const string VatRates = "vatRates";
    public const string SellerVatId = "sellerVatId";
    public const string Iban = "iban";
    public const string Bic = "bic";
    public const string Cvr = "cvr";
    public const string Fik = "fik";
    public const string OrderReference = "orderReference";

    /// <summary>All names in the order they are written.</summary>
    public static readonly IReadOnlyList<string> All =
        [InvoiceNumber, IssueDate, ServiceDate, DueDate, Currency, NetAmount, TaxAmount, TotalAmount, VatRates, SellerVatId, Iban, Bic, Cvr, Fik, OrderReference];
}
