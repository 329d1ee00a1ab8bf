using InvoiceHub.Invoices.Storage;
using Npgsql;

namespace InvoiceHub.Web.Hosting.Errors;

/// <summary>
/// A failure of something the app depends on (database, document store), not of the app: answered 503 or 507 with
/// <c>Retry-After</c>, so that clients retry later instead of reporting a bug.
/// </summary>
internal sealed record InfrastructureFault(string Kind, int Status, string Title, string Detail, int RetryAfterSeconds)
{
    public static InfrastructureFault? Of(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DocumentStoreUnavailableException { Failure: StoreFailure.Full }:
                    return new("document-store-full", StatusCodes.Status507InsufficientStorage, "Document store full",
                        "The document was not stored: the document store has no space left. Nothing was kept; send it again later.", 60);
                case DocumentStoreUnavailableException { Failure: StoreFailure.ReadOnly }:
                    return new("document-store-read-only", StatusCodes.Status503ServiceUnavailable, "Document store read-only",
                        "The document was not stored: the document store cannot be written to. Nothing was kept; send it again later.", 60);
                case DocumentStoreUnavailableException:
                    return new("document-store-failed", StatusCodes.Status503ServiceUnavailable, "Document store failing",
                        "The document was not stored: the document store failed. Nothing was kept; send it again later.", 30);
                case NpgsqlException { InnerException: TimeoutException }:
                case TimeoutException when ChainHas<NpgsqlException>(exception):
                    return new("database-timeout", StatusCodes.Status503ServiceUnavailable, "Database not responding",
                        "The database did not answer in time. Nothing was changed; try again shortly.", 5);
                case PostgresException postgres when !postgres.IsTransient && !IsUnavailable(postgres.SqlState):
                    // The server answered: an error in what we asked, i.e. a bug (500), not an outage.
                    return null;
                case NpgsqlException:
                    return new("database-unavailable", StatusCodes.Status503ServiceUnavailable, "Database unavailable",
                        "The database is not reachable. Nothing was changed; try again shortly.", 5);
            }
        }

        return null;
    }

    // Connection exceptions (08), insufficient resources (53), operator intervention (57: shutdown, cannot connect now).
    private static bool IsUnavailable(string state) => state.StartsWith("08", StringComparison.Ordinal)
        || state.StartsWith("53", StringComparison.Ordinal) || state.StartsWith("57", StringComparison.Ordinal);

    private static bool ChainHas<T>(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T)
            {
                return true;
            }
        }

        return false;
    }
}
