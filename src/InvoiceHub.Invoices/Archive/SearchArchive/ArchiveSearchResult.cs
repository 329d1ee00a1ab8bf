namespace InvoiceHub.Invoices.Archive.SearchArchive;

/// <summary>A page, or the problems with the search's values keyed by their query parameter names (q, number, from...).</summary>
public sealed record ArchiveSearchResult(ArchivePage? Page, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Page is not null;
}
