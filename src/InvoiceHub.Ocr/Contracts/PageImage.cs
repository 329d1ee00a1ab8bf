namespace InvoiceHub.Ocr.Contracts;

/// <summary>
/// One page as a PNG, or why not: <see cref="Error"/> when the file cannot be shown (corrupt, encrypted, too large,
/// too slow), neither PNG nor error when the file has no such page (<see cref="Pages"/> says how many it has).
/// </summary>
public sealed record PageImage(byte[]? Png, int Pages, string? Error)
{
    public bool NoSuchPage => Png is null && Error is null;
}
