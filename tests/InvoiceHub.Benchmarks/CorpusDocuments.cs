namespace InvoiceHub.Benchmarks;

/// <summary>Loads corpus documents into memory so the benchmark measures parsing, not disk reads.</summary>
internal static class CorpusDocuments
{
    public static byte[][] Load(string folder, string pattern)
    {
        var directory = Path.Combine(LocateShared(), "corpus", folder);
        return [.. Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }

    private static string LocateShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("INVOICEHUB_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InvoiceHub.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException("shared corpus not found: set INVOICEHUB_SHARED");
    }
}
