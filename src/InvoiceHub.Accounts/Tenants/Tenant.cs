namespace InvoiceHub.Accounts.Tenants;

/// <summary>A client company (Mandant) whose invoices, parties and settings are kept apart from every other tenant's.</summary>
public sealed class Tenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public ICollection<TenantMembership> Members { get; } = [];
}
