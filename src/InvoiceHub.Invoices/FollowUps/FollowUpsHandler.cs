using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Settings;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.FollowUps;

/// <summary>Follow-ups (Wiedervorlage): create one on a document, list what is due, mark one done. Each change is audited on its document.</summary>
internal sealed class FollowUpsHandler(InvoicesDbContext db, SettingsStore settings, TimeProvider clock)
{
    public const int MaxListed = 200;

    /// <returns>The new follow-up's id, or null when the document is not one of this tenant's.</returns>
    public async Task<Guid?> CreateAsync(Guid tenantId, FollowUpInput input, string actor, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking()
            .SingleOrDefaultAsync(d => d.TenantId == tenantId && d.Id == input.DocumentId, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var followUp = new FollowUp
        {
            TenantId = tenantId,
            DocumentId = document.Id,
            AssignedTo = input.AssignedTo!.Trim(),
            DueOn = input.DueOn!.Value,
            Note = input.Note!.Trim(),
            CreatedBy = actor,
            CreatedAt = clock.GetUtcNow(),
        };
        db.FollowUps.Add(followUp);
        db.Audit.Add(AuditTrail.Entry(document, actor, "follow-up", $"{followUp.DueOn:yyyy-MM-dd} for {followUp.AssignedTo}: {followUp.Note}", clock));
        await db.SaveChangesAsync(cancellationToken);
        return followUp.Id;
    }

    public async Task<FollowUpLists> ListAsync(Guid tenantId, string user, bool includeEscalated, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var escalationDays = (await settings.GetAsync(tenantId, cancellationToken)).FollowUpEscalationDays;
        var open = db.FollowUps.AsNoTracking().Where(f => f.TenantId == tenantId && f.DoneAt == null);
        var mine = await ItemsAsync(open.Where(f => f.AssignedTo == user), today, cancellationToken);
        var escalated = includeEscalated
            ? await ItemsAsync(open.Where(f => f.DueOn < today.AddDays(-escalationDays)), today, cancellationToken)
            : null;
        return new FollowUpLists([.. mine.Where(f => f.DueOn <= today)], [.. mine.Where(f => f.DueOn > today)], escalated, escalationDays);
    }

    /// <returns>False when there is no such open follow-up of this tenant.</returns>
    public async Task<bool> CompleteAsync(Guid tenantId, Guid id, string actor, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.SingleOrDefaultAsync(f => f.TenantId == tenantId && f.Id == id && f.DoneAt == null, cancellationToken);
        var document = followUp is null ? null : await db.Documents.AsNoTracking().SingleAsync(d => d.Id == followUp.DocumentId, cancellationToken);
        if (followUp is null || document is null)
        {
            return false;
        }

        followUp.DoneAt = clock.GetUtcNow();
        followUp.DoneBy = actor;
        db.Audit.Add(AuditTrail.Entry(document, actor, "follow-up-done", $"{followUp.DueOn:yyyy-MM-dd}: {followUp.Note}", clock));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<List<FollowUpItem>> ItemsAsync(IQueryable<FollowUp> followUps, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await followUps.OrderBy(f => f.DueOn).ThenBy(f => f.Id).Take(MaxListed)
            .Join(db.Documents, f => f.DocumentId, d => d.Id, (f, d) => new { f, d.InternalNumber, d.InvoiceNumber, d.CounterpartyName })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new FollowUpItem(r.f.Id, r.f.DocumentId, r.InternalNumber, r.InvoiceNumber, r.CounterpartyName,
            r.f.AssignedTo, r.f.DueOn, r.f.Note, r.f.CreatedBy, Math.Max(0, today.DayNumber - r.f.DueOn.DayNumber)))];
    }
}
