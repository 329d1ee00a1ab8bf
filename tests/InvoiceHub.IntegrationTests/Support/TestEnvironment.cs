namespace InvoiceHub.IntegrationTests.Support;

/// <summary>What scripts/test.sh hands the tests: a PostgreSQL superuser connection and where the repository is.</summary>
public static class TestEnvironment
{
    public const string ConnectionVariable = "INVOICEHUB_TEST_CONNECTION";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ConnectionVariable} is not set. Run the tests with scripts/test.sh, which provisions PostgreSQL, "
                + "or set it to a superuser connection string (Host=...;Username=...;Password=...;Database=postgres).");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InvoiceHub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Could not find InvoiceHub.sln above " + AppContext.BaseDirectory);
    }
}
