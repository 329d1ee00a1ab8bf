namespace InvoiceHub.Invoices.Reading.GetPageImage;

/// <summary>What asking for a page of a document gives: the PNG, or why there is none.</summary>
public sealed record PageImageResult(PageImageResultKind Kind, byte[]? Png = null, int Pages = 0, string? Error = null);

public enum PageImageResultKind
{
    /// <summary>The page as a PNG.</summary>
    Found,

    /// <summary>No such document for this tenant.</summary>
    NotFound,

    /// <summary>The document is invoice XML: it has a rendering, no pages.</summary>
    NoPages,

    /// <summary>The document has fewer pages (or the number is below 1).</summary>
    NoSuchPage,

    /// <summary>The original cannot be shown (corrupt, encrypted, too large, too slow): <see cref="PageImageResult.Error"/> says why.</summary>
    Unreadable,
}
