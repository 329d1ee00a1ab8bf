namespace InvoiceHub.Forwarding.Export;

/// <summary>A batch file, or the settings it needs (by name), or the values that do not fit DATEV's fields.</summary>
public sealed record DatevExportResult
{
    public string? FileName { get; init; }

    public string? ContentType { get; init; }

    public byte[]? Content { get; init; }

    public IReadOnlyList<string> Missing { get; init; } = [];

    public IReadOnlyList<string> Errors { get; init; } = [];

    public static DatevExportResult File(string name, string contentType, byte[] content) => new() { FileName = name, ContentType = contentType, Content = content };

    public static DatevExportResult MissingSettings(IReadOnlyList<string> missing) => new() { Missing = missing };

    public static DatevExportResult Invalid(IReadOnlyList<string> errors) => new() { Errors = errors };
}
