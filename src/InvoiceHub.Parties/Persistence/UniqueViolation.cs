using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InvoiceHub.Parties.Persistence;

/// <summary>Recognises a lost race on one of our unique indexes, which callers answer as data rather than a 500.</summary>
internal static class UniqueViolation
{
    public static bool On(DbUpdateException exception, string indexName) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && postgres.ConstraintName == indexName;
}
