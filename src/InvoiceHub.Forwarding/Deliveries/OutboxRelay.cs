using InvoiceHub.Forwarding.Contracts;
using InvoiceHub.Forwarding.Persistence;
using InvoiceHub.Forwarding.Settings;
using InvoiceHub.Invoices.Contracts;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace InvoiceHub.Forwarding.Deliveries;

/// <summary>
/// Turns the archive outbox into deliveries: one per document and enabled channel, created at most once (unique per
/// document and channel, so two nodes relaying the same entry create one), then removes the entries. Only the node
/// that created deliveries asks for a delivery run; the sweeper covers a node that died in between.
/// </summary>
internal sealed class OutboxRelay(ForwardingDbContext db, IArchivedDocuments archive, DeliveryScheduler scheduler, TimeProvider clock)
{
    public const int BatchSize = 500;

    private const string Insert = """
        INSERT INTO forwarding.deliveries (id, tenant_id, document_id, internal_number, channel, status, attempts, created_at, next_attempt_at)
        SELECT d.id, d.tenant_id, d.document_id, d.internal_number, d.channel, 'Pending', 0, $6, $6
        FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[]) AS d(id, tenant_id, document_id, internal_number, channel)
        ON CONFLICT (document_id, channel) WHERE resend_of IS NULL DO NOTHING
        RETURNING id, channel
        """;

    /// <summary>Relays one batch; returns the number of outbox entries handled.</summary>
    public async Task<int> RelayAsync(CancellationToken cancellationToken)
    {
        var entries = await archive.PeekOutboxAsync(BatchSize, cancellationToken);
        if (entries.Count == 0)
        {
            return 0;
        }

        var tenantIds = entries.Select(e => e.TenantId).Distinct().ToList();
        var settings = await db.Settings.AsNoTracking().Where(s => tenantIds.Contains(s.TenantId)).ToDictionaryAsync(s => s.TenantId, cancellationToken);
        var rows = new List<(Guid Id, ArchiveOutboxEntry Entry, Channel Channel)>();
        foreach (var entry in entries)
        {
            if (settings.TryGetValue(entry.TenantId, out var tenant))
            {
                rows.AddRange(ChannelsFor(tenant, entry.Direction).Select(channel => (Guid.CreateVersion7(), entry, channel)));
            }
        }

        if (rows.Count > 0)
        {
            var created = await InsertAsync(rows, cancellationToken);
            if (created.Any(c => c.Channel != Channel.Datev))
            {
                scheduler.EnqueueRun();
            }
        }

        await archive.RemoveFromOutboxAsync([.. entries.Select(e => e.ArchiveSequence)], cancellationToken);
        return entries.Count;
    }

    /// <summary>The channels a newly archived document goes through (product notes, section 1, for sales invoices).</summary>
    public static IEnumerable<Channel> ChannelsFor(ForwardingSettings settings, Direction direction)
    {
        if (direction == Direction.Sales && !settings.ForwardSalesArchivedWithoutDelivery)
        {
            yield break;
        }

        if (settings.MailEnabled)
        {
            yield return Channel.Mail;
        }

        if (settings.WebhookEnabled)
        {
            yield return Channel.Webhook;
        }

        if (settings.DatevEnabled)
        {
            yield return Channel.Datev;
        }
    }

    private async Task<List<(Guid Id, Channel Channel)>> InsertAsync(List<(Guid Id, ArchiveOutboxEntry Entry, Channel Channel)> rows, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(Insert, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. rows.Select(r => r.Id)] });
            command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. rows.Select(r => r.Entry.TenantId)] });
            command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. rows.Select(r => r.Entry.DocumentId)] });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Entry.InternalNumber)] });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Channel.ToString())] });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = clock.GetUtcNow(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
            var created = new List<(Guid, Channel)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                created.Add((reader.GetGuid(0), Enum.Parse<Channel>(reader.GetString(1))));
            }

            return created;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
