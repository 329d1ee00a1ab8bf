namespace InvoiceHub.Benchmarks;

/// <summary>Loads corpus documents into memory so the benchmark measures parsing, not disk reads.</summary>
internal static class CorpusDocuments
{
    public static byte[][] Load(string folder, string pattern)
    {
        var directory = Path.Combine(LocateShared(), "corpus", folder);
        return [.. Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }

    /// <summary>The folder holding InvoiceHub.sln (benchmarks run from their bin folder).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InvoiceHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (InvoiceHub.sln) not found");
    }

    private static string LocateShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("INVOICEHUB_SHARED");
        return !string.IsNullOrEmpty(fromEnvironment) ? fromEnvironment : Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared"));
    }
}
