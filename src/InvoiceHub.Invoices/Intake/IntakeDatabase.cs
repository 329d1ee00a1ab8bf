using System.Text.Json;
using System.Text.Json.Serialization;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Numbering;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace InvoiceHub.Invoices.Intake;

/// <summary>
/// The intake's own SQL: one round trip to find what was received before, one statement to record a document. Written by
/// hand because this is the path every pushed invoice takes; EF Core's change tracking and a transaction of several
/// round trips cost more here than the work itself. Everything else reads and writes documents through EF Core, which
/// maps the same table (<see cref="Columns"/> is checked against its model by a test).
/// </summary>
internal sealed class IntakeDatabase(InvoicesDbContext db, NumberingGate gate)
{
    /// <summary>The columns a recorded document fills, in the order of its parameters.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "tenant_id", "direction", "status", "payment_status", "external_id", "sha256", "size", "content_type", "syntax",
        "profile", "type_code", "is_credit_note", "is_booking_aid_only", "invoice_number", "number_key", "issue_date", "due_date", "currency",
        "net_amount", "tax_amount", "total_amount", "payable_amount", "counterparty_name", "counterparty_key", "party_id",
        "party_account_number", "is_duplicate", "duplicate_of_id", "received_by", "received_at", "findings", "party_match",
        "reasons", "search_text", "internal_number", "archived_at", "archive_sequence", "exported_at",
    ];

    // The first 35 columns come from the document as received; the last four are set by archiving (or stay null).
    private const int ReceivedColumns = 35;

    // $1..$35 are the document's values; then the actor, the detail of the "received" entry and of the second entry.
    private static readonly string _values = string.Join(", ", Enumerable.Range(1, ReceivedColumns).Select(i => $"${i}"));
    private const string Actor = "$36", ReceivedDetail = "$37", SecondDetail = "$38";

    private static readonly string _insertQueued = $"""
        WITH document AS (
            INSERT INTO invoices.documents ({string.Join(", ", Columns)})
            VALUES ({_values}, NULL, NULL, NULL, NULL)
            RETURNING id, tenant_id, received_at
        )
        INSERT INTO invoices.audit_trail (tenant_id, document_id, at, actor, action, detail)
        SELECT tenant_id, id, received_at, {Actor}, 'received', {ReceivedDetail} FROM document
        UNION ALL
        SELECT tenant_id, id, received_at, {Actor}, 'queued', {SecondDetail} FROM document
        """;

    // Numbering, the document and its audit entries in one statement that commits on its own: the counter row is
    // locked from taking the number to the commit, so the next archiving of this tenant and direction waits for no
    // more than this one round trip. A failing insert (a duplicate that won a race) rolls the number back: gap-free.
    // $39 year, $40 prefix, $41 minimum digits, $42 suffix, $43 archived at.
    private static readonly string _insertArchived = $"""
        WITH taken AS (
            INSERT INTO invoices.number_sequences (tenant_id, direction, year, next_value) VALUES ($2, $3, $39, 2)
            ON CONFLICT (tenant_id, direction, year) DO UPDATE SET next_value = number_sequences.next_value + 1
            RETURNING next_value - 1 AS sequence
        ), document AS (
            INSERT INTO invoices.documents ({string.Join(", ", Columns)})
            SELECT {_values},
                   $40 || CASE WHEN length(taken.sequence::text) >= $41 THEN taken.sequence::text
                               ELSE lpad(taken.sequence::text, $41, '0') END || $42,
                   $43, nextval('invoices.archive_sequence'), NULL
            FROM taken
            RETURNING id, tenant_id, received_at, internal_number, archived_at, archive_sequence
        ), audit AS (
            INSERT INTO invoices.audit_trail (tenant_id, document_id, at, actor, action, detail)
            SELECT tenant_id, id, received_at, {Actor}, 'received', {ReceivedDetail} FROM document
            UNION ALL
            SELECT tenant_id, id, archived_at, {Actor}, 'archived', internal_number FROM document
        )
        SELECT internal_number, archive_sequence FROM document
        """;

    /// <summary>
    /// In one round trip: a document with the very same bytes, an earlier one of the same kind (invoice or credit note)
    /// with the same number from the same counterparty (a duplicate), and one of the same kind with the same amount and
    /// date but another number (a suspected duplicate). Each is a lookup in its own index; the oldest wins, so the answer
    /// never varies. An invoice and a credit note with one number are two documents, not duplicates.
    /// </summary>
    public async Task<EarlierDocuments> FindEarlierAsync(
        Guid tenantId, string sha256, Direction direction, DocumentFacts? facts, DateOnly? issueDate, bool isCreditNote, CancellationToken cancellationToken)
    {
        const string sameBytes = "(SELECT 0 AS kind, id, invoice_number FROM invoices.documents WHERE tenant_id = $1 AND sha256 = $2 LIMIT 1)";
        const string sameNumber = """
            (SELECT 1, id, invoice_number FROM invoices.documents
             WHERE tenant_id = $1 AND direction = $3 AND counterparty_key = $4 AND is_credit_note = $6 AND number_key = $5 AND is_duplicate = false
             ORDER BY received_at LIMIT 1)
            """;
        const string sameAmountAndDate = """
            (SELECT 2, id, invoice_number FROM invoices.documents
             WHERE tenant_id = $1 AND direction = $3 AND counterparty_key = $4 AND issue_date = $7 AND total_amount = $8 AND is_credit_note = $6
               AND (number_key <> $5 OR number_key IS NULL)
             ORDER BY received_at LIMIT 1)
            """;

        var byNumber = facts is { NumberKey: not null, CounterpartyKey: not null };
        var byAmount = byNumber && facts!.TotalAmount is not null && issueDate is not null;
        var sql = byAmount ? $"{sameBytes} UNION ALL {sameNumber} UNION ALL {sameAmountAndDate}"
            : byNumber ? $"{sameBytes} UNION ALL {sameNumber}"
            : sameBytes;

        var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = tenantId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256, NpgsqlDbType = NpgsqlDbType.Char });
        if (byNumber)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = direction.ToString() });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = facts!.CounterpartyKey });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = facts.NumberKey });
            command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = isCreditNote });
        }

        if (byAmount)
        {
            command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = issueDate!.Value });
            command.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = facts!.TotalAmount!.Value });
        }

        var found = new EarlierDocuments();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(1);
            var number = reader.IsDBNull(2) ? null : reader.GetString(2);
            found = reader.GetInt32(0) switch
            {
                0 => found with { SameBytes = id },
                1 => found with { SameNumber = id },
                _ => found with { SuspectedDuplicate = (id, number) },
            };
        }

        return found;
    }

    /// <summary>
    /// Records a queued document and its "received" and "queued" audit entries in one statement that commits on its own.
    /// A unique violation (the same bytes or number received meanwhile) leaves nothing behind.
    /// </summary>
    public async Task RecordQueuedAsync(Document document, string receivedDetail, string queuedDetail)
    {
        var connection = await OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(_insertQueued, connection);
        AddDocumentValues(command, document, receivedDetail, queuedDetail);
        // The original is stored and the work is one statement: a client that goes away must not make it ambiguous.
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>
    /// Records a document straight into the archive: the next internal number of its tenant, direction and year, its
    /// place in the export feed and its "received" and "archived" audit entries, in one statement that commits on its
    /// own. Sets the archive fields of <paramref name="document"/> to what the database now holds.
    /// </summary>
    public async Task RecordArchivedAsync(
        Document document, string receivedDetail, string numberPattern, DateTimeOffset archivedAt, CancellationToken cancellationToken)
    {
        var year = archivedAt.Year;
        var (prefix, width, suffix) = InternalNumberFormat.Split(numberPattern, year);
        var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(_insertArchived, connection);
        AddDocumentValues(command, document, receivedDetail, secondDetail: null);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = prefix });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = width });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = suffix });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = archivedAt });

        // Requests of this node queue here, in memory, rather than as backends waiting on the counter row, where a
        // crowd of waiters costs PostgreSQL more CPU than the work (the database's row lock still decides across nodes).
        using (await gate.EnterAsync(document.TenantId, document.Direction, cancellationToken))
        {
            await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
            if (!await reader.ReadAsync(CancellationToken.None))
            {
                throw new InvalidOperationException($"Archiving document {document.Id} returned no number.");
            }

            document.InternalNumber = reader.GetString(0);
            document.ArchiveSequence = reader.GetInt64(1);
        }

        document.Status = DocumentStatus.Archived;
        document.ArchivedAt = archivedAt;
    }

    /// <summary>A time as PostgreSQL keeps it (microseconds), so that the answer to a push and a later read agree.</summary>
    public static DateTimeOffset Stored(DateTimeOffset time) => new(time.Ticks - (time.Ticks % 10), time.Offset);

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return (NpgsqlConnection)db.Database.GetDbConnection();
    }

    private static void AddDocumentValues(NpgsqlCommand command, Document document, string receivedDetail, string? secondDetail)
    {
        var values = command.Parameters;
        values.Add(new NpgsqlParameter<Guid> { TypedValue = document.Id });
        values.Add(new NpgsqlParameter<Guid> { TypedValue = document.TenantId });
        values.Add(new NpgsqlParameter<string> { TypedValue = document.Direction.ToString() });
        values.Add(new NpgsqlParameter<string> { TypedValue = document.Status.ToString() });
        values.Add(new NpgsqlParameter<string> { TypedValue = document.PaymentStatus.ToString() });
        values.Add(Text(document.ExternalId));
        values.Add(new NpgsqlParameter<string> { TypedValue = document.Sha256, NpgsqlDbType = NpgsqlDbType.Char });
        values.Add(new NpgsqlParameter<long> { TypedValue = document.Size });
        values.Add(Text(document.ContentType));
        values.Add(Text(document.Syntax));
        values.Add(Text(document.Profile));
        values.Add(Text(document.TypeCode));
        values.Add(new NpgsqlParameter<bool> { TypedValue = document.IsCreditNote });
        values.Add(new NpgsqlParameter<bool> { TypedValue = document.IsBookingAidOnly });
        values.Add(Text(document.InvoiceNumber));
        values.Add(Text(document.NumberKey));
        values.Add(OrNull(document.IssueDate, NpgsqlDbType.Date));
        values.Add(OrNull(document.DueDate, NpgsqlDbType.Date));
        values.Add(Text(document.Currency));
        values.Add(OrNull(document.NetAmount, NpgsqlDbType.Numeric));
        values.Add(OrNull(document.TaxAmount, NpgsqlDbType.Numeric));
        values.Add(OrNull(document.TotalAmount, NpgsqlDbType.Numeric));
        values.Add(OrNull(document.PayableAmount, NpgsqlDbType.Numeric));
        values.Add(Text(document.CounterpartyName));
        values.Add(Text(document.CounterpartyKey));
        values.Add(OrNull(document.PartyId, NpgsqlDbType.Uuid));
        values.Add(Text(document.PartyAccountNumber));
        values.Add(new NpgsqlParameter<bool> { TypedValue = document.IsDuplicate });
        values.Add(OrNull(document.DuplicateOfId, NpgsqlDbType.Uuid));
        values.Add(Text(document.ReceivedBy));
        values.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = document.ReceivedAt });
        values.Add(Json(JsonSerializer.Serialize(document.Findings, RecordJson.Default.ListDocumentFinding)));
        values.Add(Json(document.PartyMatch is null ? null : JsonSerializer.Serialize(document.PartyMatch, RecordJson.Default.PartyMatchRecord)));
        values.Add(Json(JsonSerializer.Serialize(document.Reasons, RecordJson.Default.ListDocumentReason)));
        values.Add(Text(document.SearchText));
        values.Add(Text(document.ReceivedBy));
        values.Add(Text(receivedDetail));
        values.Add(Text(secondDetail));
    }

    private static NpgsqlParameter Text(string? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Json(string? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter OrNull<T>(T? value, NpgsqlDbType type)
        where T : struct =>
        new() { NpgsqlDbType = type, Value = value is { } v ? v : DBNull.Value };
}

/// <summary>What <see cref="IntakeDatabase.FindEarlierAsync"/> found; null where nothing was.</summary>
internal sealed record EarlierDocuments
{
    public Guid? SameBytes { get; init; }

    public Guid? SameNumber { get; init; }

    public (Guid Id, string? InvoiceNumber)? SuspectedDuplicate { get; init; }
}

/// <summary>The JSON of the document's owned records, as EF Core writes them (property names as declared).</summary>
[JsonSerializable(typeof(List<DocumentFinding>))]
[JsonSerializable(typeof(List<DocumentReason>))]
[JsonSerializable(typeof(PartyMatchRecord))]
internal sealed partial class RecordJson : JsonSerializerContext;
