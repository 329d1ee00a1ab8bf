namespace InvoiceHub.Invoices.Contracts;

/// <summary>An archived document as other modules see it: its header facts and where its original is.</summary>
public sealed record ArchivedDocument
{
    public required Guid Id { get; init; }

    public required Guid TenantId { get; init; }

    public required Direction Direction { get; init; }

    public required string InternalNumber { get; init; }

    public required long ArchiveSequence { get; init; }

    public required DateTimeOffset ArchivedAt { get; init; }

    public string? InvoiceNumber { get; init; }

    public bool IsCreditNote { get; init; }

    public DateOnly? IssueDate { get; init; }

    public DateOnly? DueDate { get; init; }

    public string? Currency { get; init; }

    public decimal? NetAmount { get; init; }

    public decimal? TaxAmount { get; init; }

    public decimal? TotalAmount { get; init; }

    public string? CounterpartyName { get; init; }

    /// <summary>The counterparty's person account (creditor or debtor number) from party matching, when known.</summary>
    public string? PartyAccountNumber { get; init; }

    public required string ContentType { get; init; }

    public required string Syntax { get; init; }

    public required string Sha256 { get; init; }

    /// <summary>The original's file name: the internal number with the extension of its content type.</summary>
    public string FileName =>
        string.Concat(InternalNumber.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'))
        + ContentType switch
        {
            _ when IsPdf => ".pdf",
            "image/png" => ".png",
            "image/jpeg" => ".jpg",
            "image/tiff" => ".tif",
            _ => ".xml",
        };

    public bool IsPdf => ContentType.Contains("pdf", StringComparison.OrdinalIgnoreCase);
}
