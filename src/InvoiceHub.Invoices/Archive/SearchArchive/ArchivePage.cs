using InvoiceHub.Invoices.Documents;

namespace InvoiceHub.Invoices.Archive.SearchArchive;

/// <summary>One page of an archive search; <see cref="Next"/> is the cursor of the next page, null on the last.</summary>
public sealed record ArchivePage(IReadOnlyList<Document> Items, string? Next);
