using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Numbering;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Settings;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace InvoiceHub.Invoices.Editing.ArchiveDocument;

/// <summary>
/// Archives an in-progress document: the one way a person or connector moves a queued invoice into the archive
/// (the form, <c>POST /api/v1/documents/{id}/archive</c> and the queue's bulk action all call
/// <see cref="ArchiveAsync"/>). It takes the gap-free internal number exactly as intake does.
/// </summary>
internal sealed class ArchiveDocumentHandler(InvoicesDbContext db, SettingsStore settingsStore, NumberingGate gate, TimeProvider clock)
{
    // In one statement that commits on its own, like intake's archiving: lock the row while it is still in progress,
    // take the next number of its tenant, direction and year, archive it and write the audit entry. A document that
    // is no longer in progress (a concurrent archiving won) matches nothing, so no number is taken: gap-free.
    // $1 id, $2 tenant, $3 year, $4 prefix, $5 minimum digits, $6 suffix, $7 archived at, $8 actor, $9 audit detail suffix.
    private const string ArchiveSql = """
        WITH doc AS (
            SELECT id, tenant_id, direction FROM invoices.documents
            WHERE id = $1 AND tenant_id = $2 AND status = 'InProgress'
            FOR UPDATE
        ), taken AS (
            INSERT INTO invoices.number_sequences (tenant_id, direction, year, next_value)
            SELECT tenant_id, direction, $3, 2 FROM doc
            ON CONFLICT (tenant_id, direction, year) DO UPDATE SET next_value = number_sequences.next_value + 1
            RETURNING next_value - 1 AS sequence
        ), archived AS (
            UPDATE invoices.documents d
            SET status = 'Archived',
                internal_number = $4 || CASE WHEN length(taken.sequence::text) >= $5 THEN taken.sequence::text
                                             ELSE lpad(taken.sequence::text, $5, '0') END || $6,
                archived_at = $7,
                archive_sequence = nextval('invoices.archive_sequence')
            FROM taken
            WHERE d.id = $1 AND d.tenant_id = $2
            RETURNING d.id, d.tenant_id, d.internal_number, d.archived_at, d.archive_sequence
        ), audit AS (
            INSERT INTO invoices.audit_trail (tenant_id, document_id, at, actor, action, detail)
            SELECT tenant_id, id, archived_at, $8, 'archived', internal_number || $9 FROM archived
        )
        SELECT internal_number, archive_sequence FROM archived
        """;

    public async Task<EditOutcome> ArchiveAsync(DocumentActor actor, Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.TenantId == actor.TenantId && d.Id == id, cancellationToken);
        if (document is null)
        {
            return EditOutcome.NotFound;
        }

        if (!actor.MayArchive(document.Direction))
        {
            return EditOutcome.Forbidden(document.Direction == Direction.Purchase
                ? "Archiving purchase invoices needs the permission 'invoices.import-purchase-into-archive'."
                : "Archiving sales invoices needs the permission 'invoices.archive-sales-without-delivery'.");
        }

        if (document.Status != DocumentStatus.InProgress)
        {
            return EditOutcome.Conflict($"The document is {document.Status.ToString().ToLowerInvariant()}, not in progress.");
        }

        var settings = await settingsStore.GetAsync(actor.TenantId, cancellationToken);
        if (ArchiveReadiness.Problems(document, settings) is { Count: > 0 } problems)
        {
            return EditOutcome.Invalid(problems);
        }

        // Whatever else kept it waiting (invalid, suspected duplicate, unknown party) is now a person's decision: audited.
        var decided = document.Reasons.Select(r => r.Code).Where(c => !c.StartsWith("missing-", StringComparison.Ordinal)).Distinct().ToList();
        var detail = decided.Count == 0 ? "" : $" (decided despite: {string.Join(", ", decided)})";
        var archivedAt = clock.GetUtcNow();
        var pattern = document.Direction == Direction.Purchase ? settings.PurchaseNumberFormat : settings.SalesNumberFormat;
        var (prefix, width, suffix) = InternalNumberFormat.Split(pattern, archivedAt.Year);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(ArchiveSql, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = document.Id });
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = document.TenantId });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = archivedAt.Year });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = prefix, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = width });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = suffix, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = archivedAt });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor.Name, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = detail, NpgsqlDbType = NpgsqlDbType.Text });

            // One archiving per tenant and direction at a time on this node, as intake does; the row lock decides across nodes.
            using (await gate.EnterAsync(document.TenantId, document.Direction, cancellationToken))
            {
                await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
                if (!await reader.ReadAsync(CancellationToken.None))
                {
                    return EditOutcome.Conflict("The document was archived or rejected meanwhile.");
                }

                document.InternalNumber = reader.GetString(0);
                document.ArchiveSequence = reader.GetInt64(1);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        document.Status = DocumentStatus.Archived;
        document.ArchivedAt = archivedAt;
        return EditOutcome.Done(document);
    }
}
