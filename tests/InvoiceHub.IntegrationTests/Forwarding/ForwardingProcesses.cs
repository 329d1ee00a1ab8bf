using InvoiceHub.IntegrationTests.Support;

namespace InvoiceHub.IntegrationTests.Forwarding;

/// <summary>What the tests of forwarding in apps running as their own processes share: settings, and reading the deliveries.</summary>
public static class ForwardingProcesses
{
    /// <summary>Fast retries and a short claim lease, so a claim the killed process held runs out within seconds.</summary>
    public static Dictionary<string, string> FastForwarding => new()
    {
        ["Forwarding__ClaimLease"] = "00:00:04",
        ["Forwarding__RetryBaseDelay"] = "00:00:00.500",
        ["Forwarding__MaxRetryDelay"] = "00:00:02",
        ["Forwarding__RelayInterval"] = "00:00:00.200",
        ["Forwarding__PublicBaseUrl"] = "http://127.0.0.1",
        ["Hangfire__WorkerCount"] = "2",
        ["Hangfire__SchedulePollingInterval"] = "00:00:01",
        // As behind a TLS-terminating proxy on this machine: the admin signs in "over HTTPS" (ProcessAdmin).
        ["ForwardedHeaders__Enabled"] = "true",
        ["ForwardedHeaders__KnownProxies"] = "127.0.0.1",
    };

    public static async Task<List<DeliveryRow>> WaitUntilAllDeliveredAsync(TestDatabase database, int count, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var rows = await DeliveriesAsync(database);
            if (rows.Count == count && rows.All(r => r.Status != "Pending"))
            {
                return rows;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{rows.Count(r => r.Status == "Delivered")} of {count} deliveries delivered ({rows.Count} rows): "
                    + string.Join("; ", rows.Where(r => r.Status != "Delivered").Take(5).Select(r => $"{r.Channel} {r.Status} {r.Attempts} {r.LastError}")));
            }

            await Task.Delay(500);
        }
    }

    public static async Task<List<DeliveryRow>> DeliveriesAsync(TestDatabase database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT id, channel, status, attempts, delivered_at, claimed_until, export_notes, last_error FROM forwarding.deliveries", connection);
        var rows = new List<DeliveryRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new DeliveryRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return rows;
    }

    public sealed record DeliveryRow(Guid Id, string Channel, string Status, int Attempts, DateTimeOffset? DeliveredAt, DateTimeOffset? ClaimedUntil, string? ExportNotes, string? LastError);
}
