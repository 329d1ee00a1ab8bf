namespace InvoiceHub.Web.Hosting;

/// <summary>Where the database is and whether the app migrates it itself (section <c>Database</c>).</summary>
internal sealed class DatabaseSettings
{
    public const string Section = "Database";
    public const string ConnectionStringName = "InvoiceHub";

    public bool MigrateOnStartup { get; set; } = true;

    public static string GetConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "No database configured. Set ConnectionStrings:InvoiceHub (environment variable ConnectionStrings__InvoiceHub), "
                + "or start the application with scripts/start.sh, which provisions a local PostgreSQL.");
        }

        return connectionString;
    }
}
