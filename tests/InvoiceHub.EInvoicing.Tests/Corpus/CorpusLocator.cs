namespace InvoiceHub.EInvoicing.Tests.Corpus;

/// <summary>Finds the shared test corpus: INVOICEHUB_SHARED, else ../shared next to the repository root.</summary>
public static class CorpusLocator
{
    private static readonly Lazy<string?> _sharedFolder = new(Locate);

    public static string? Shared => _sharedFolder.Value;

    public static string? CorpusFolder => Shared is null ? null : Path.Combine(Shared, "corpus");

    public static string MissingMessage =>
        "shared corpus not found: set INVOICEHUB_SHARED or place it at ../shared next to the repository root";

    public static string PathOf(string relativePath) =>
        Path.Combine(CorpusFolder ?? throw new InvalidOperationException(MissingMessage), relativePath);

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("INVOICEHUB_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(Path.Combine(fromEnvironment, "corpus", "manifest.json")) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InvoiceHub.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return File.Exists(Path.Combine(shared, "corpus", "manifest.json")) ? shared : null;
            }
        }

        return null;
    }
}
