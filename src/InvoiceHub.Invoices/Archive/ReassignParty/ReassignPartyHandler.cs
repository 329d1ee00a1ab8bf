using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InvoiceHub.Invoices.Archive.ReassignParty;

/// <summary>
/// Moves every document of one party to another (a merge of duplicate parties), with an audit entry per document
/// naming both, in one statement. The document's content is untouched; archived documents allow exactly this change
/// (migration PartyMergeMovesDocuments).
/// </summary>
internal sealed class ReassignPartyHandler(InvoicesDbContext db, TimeProvider clock)
{
    private const string Sql = """
        WITH moved AS (
            UPDATE invoices.documents SET party_id = @to, party_account_number = @account
            WHERE tenant_id = @tenant AND party_id = @from
            RETURNING id, tenant_id
        )
        INSERT INTO invoices.audit_trail (tenant_id, document_id, at, actor, action, detail)
        SELECT tenant_id, id, @at, @actor, 'party-merged', @detail FROM moved
        """;

    /// <returns>The number of documents moved.</returns>
    public async Task<int> HandleAsync(
        Guid tenantId, Guid fromPartyId, Guid toPartyId, string? toAccountNumber, string detail, string actor, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(Sql,
        [
            new NpgsqlParameter<Guid>("tenant", tenantId),
            new NpgsqlParameter<Guid>("from", fromPartyId),
            new NpgsqlParameter<Guid>("to", toPartyId),
            new NpgsqlParameter("account", (object?)toAccountNumber ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
            new NpgsqlParameter<DateTimeOffset>("at", clock.GetUtcNow()),
            new NpgsqlParameter<string>("actor", actor),
            new NpgsqlParameter<string>("detail", detail),
        ], cancellationToken);
}
