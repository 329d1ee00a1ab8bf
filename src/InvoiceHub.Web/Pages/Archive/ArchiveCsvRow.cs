using System.Globalization;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;

namespace InvoiceHub.Web.Pages.Archive;

/// <summary>The columns of the archive's CSV download: invariant formats (ISO dates, dot decimals), so any tool reads them.</summary>
internal static class ArchiveCsvRow
{
    public static readonly string[] Header =
    [
        "internal_number", "invoice_number", "issue_date", "due_date", "direction", "status", "payment_status", "party",
        "party_account_number", "currency", "net_amount", "tax_amount", "total_amount", "source", "profile", "received_at",
        "archived_at", "document_id",
    ];

    public static string?[] Fields(Document d) =>
    [
        d.InternalNumber, d.InvoiceNumber, Date(d.IssueDate), Date(d.DueDate),
        d.Direction == Direction.Purchase ? "purchase" : "sales", d.Status == DocumentStatus.Archived ? "archived" : "in_progress",
        d.PaymentStatus == PaymentStatus.Paid ? "paid" : "unknown", d.CounterpartyName, d.PartyAccountNumber, d.Currency,
        Amount(d.NetAmount), Amount(d.TaxAmount), Amount(d.TotalAmount), IndexModel.Source(d), d.Profile,
        d.ReceivedAt.ToString("O", CultureInfo.InvariantCulture), d.ArchivedAt?.ToString("O", CultureInfo.InvariantCulture), d.Id.ToString(),
    ];

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Amount(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture);
}
