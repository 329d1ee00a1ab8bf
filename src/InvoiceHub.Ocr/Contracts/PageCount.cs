namespace InvoiceHub.Ocr.Contracts;

/// <summary>A file's page count, or (with 0 pages) why it cannot be shown.</summary>
public sealed record PageCount(int Pages, string? Error)
{
    public static PageCount Failed(string error) => new(0, error);
}
