using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Invoices.Documents;

/// <summary>A received e-invoice: its original (by content hash), what was read from it, and the decisions taken.</summary>
public sealed class Document
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; init; }

    public Direction Direction { get; init; }

    public DocumentStatus Status { get; set; }

    public PaymentStatus PaymentStatus { get; set; }

    public string? ExternalId { get; init; }

    /// <summary>Lower-case hex SHA-256 of the original bytes: the key of the document store and of idempotent resends.</summary>
    public required string Sha256 { get; init; }

    public long Size { get; init; }

    public required string ContentType { get; init; }

    public required string Syntax { get; init; }

    public required string Profile { get; init; }

    public string? TypeCode { get; init; }

    public bool IsCreditNote { get; set; }

    /// <summary>ZUGFeRD MINIMUM or BASIC WL: the XML is a booking aid, the PDF is the invoice.</summary>
    public bool IsBookingAidOnly { get; init; }

    public string? InvoiceNumber { get; set; }

    /// <summary>The invoice number normalised for duplicate detection (case, spaces and separators ignored).</summary>
    public string? NumberKey { get; set; }

    public DateOnly? IssueDate { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? Currency { get; set; }

    public decimal? NetAmount { get; set; }

    public decimal? TaxAmount { get; set; }

    public decimal? TotalAmount { get; set; }

    public decimal? PayableAmount { get; set; }

    public string? CounterpartyName { get; set; }

    /// <summary>The counterparty as the document identifies it (VAT id, registration id, GLN or name), for duplicate detection.</summary>
    public string? CounterpartyKey { get; set; }

    /// <summary>
    /// Party names (both sides) and line texts of the document, for the archive's full-text search (an expression
    /// index over <c>to_tsvector('simple', search_text)</c>); capped at <see cref="SearchTextLength"/> characters.
    /// </summary>
    public string? SearchText { get; set; }

    public const int SearchTextLength = 4000;

    public Guid? PartyId { get; set; }

    public string? PartyAccountNumber { get; set; }

    public PartyMatchRecord? PartyMatch { get; set; }

    /// <summary>True for a second document with the number of an earlier one; such documents stay out of the uniqueness index.</summary>
    public bool IsDuplicate { get; set; }

    public Guid? DuplicateOfId { get; set; }

    public List<DocumentReason> Reasons { get; set; } = [];

    public List<DocumentFinding> Findings { get; init; } = [];

    public string? InternalNumber { get; set; }

    public required string ReceivedBy { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Order of arrival in the archive, for the export feed.</summary>
    public long? ArchiveSequence { get; set; }

    public DateTimeOffset? ExportedAt { get; set; }

    /// <summary>What a bookkeeper added in the invoice form (dates, account assignment, remarks, a rejection); null until then.</summary>
    public DocumentWorkspace? Workspace { get; set; }
}
