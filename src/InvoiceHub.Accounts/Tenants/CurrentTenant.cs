namespace InvoiceHub.Accounts.Tenants;

/// <summary>Which of a user's tenants they work in: the one they chose, while they still belong to it, else their oldest.</summary>
public static class CurrentTenant
{
    public static Guid? Choose(IReadOnlyCollection<Guid> memberships, Guid? preferred) =>
        preferred is { } chosen && memberships.Contains(chosen) ? chosen
        // Tenant ids are version-7 GUIDs: the smallest is the oldest tenant, a stable default.
        : memberships.Count == 0 ? null : memberships.Min();
}
