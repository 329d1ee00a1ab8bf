using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Invoices.Archive.SearchArchive;

/// <summary>
/// An archive search of one tenant. Every filter is optional; <see cref="After"/> is the keyset cursor returned as
/// <see cref="ArchivePage.Next"/> by the previous page of the same search.
/// </summary>
/// <param name="Text">Free text over party names and line texts: every word must occur (as a word prefix).</param>
/// <param name="Number">The invoice number (compared without case and separators) or our internal number.</param>
/// <param name="Party">A party id, a party account number, or part of the counterparty's name.</param>
/// <param name="From">Invoice date from (inclusive).</param>
/// <param name="To">Invoice date to (inclusive).</param>
/// <param name="Min">Gross amount from (inclusive).</param>
/// <param name="Max">Gross amount to (inclusive).</param>
/// <param name="Since">Received at or after.</param>
public sealed record ArchiveSearch(
    Guid TenantId,
    string? Text = null,
    string? Number = null,
    string? Party = null,
    DateOnly? From = null,
    DateOnly? To = null,
    decimal? Min = null,
    decimal? Max = null,
    DocumentStatus? Status = null,
    PaymentStatus? PaymentStatus = null,
    Direction? Direction = null,
    RecognitionSource? Source = null,
    DateTimeOffset? Since = null,
    ArchiveSort Sort = ArchiveSort.Received,
    bool Descending = false,
    string? After = null,
    int Limit = 50)
{
    public const int MaxLimit = 500;

    /// <summary>The longest free text or filter value looked at; longer input is refused, not cut silently.</summary>
    public const int MaxTextLength = 200;
}
