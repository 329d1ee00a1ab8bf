namespace InvoiceHub.Parties.Domain;

/// <summary>
/// PostgreSQL keeps microseconds; cutting .NET's 100 ns ticks before storing keeps the (updated_at, id) cursor of the
/// change feed equal to what the database compares against.
/// </summary>
internal static class Timestamps
{
    public static DateTimeOffset Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
