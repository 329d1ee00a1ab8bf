using System.Security.Claims;
using InvoiceHub.Accounts.Tenants;
using InvoiceHub.Accounts.Users;

namespace InvoiceHub.Web.Ui;

/// <summary>Which tenant a signed-in person works in: the one they chose, if they still belong to it, else their first.</summary>
internal static class TenantClaims
{
    public static IReadOnlyList<Guid> TenantIds(this ClaimsPrincipal user) =>
        [.. user.FindAll(AccountClaimTypes.Tenant).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];

    /// <summary>The current tenant, or null for a user who belongs to none (pages answer 403 then).</summary>
    public static Guid? CurrentTenantId(this ClaimsPrincipal user) =>
        // The same rule the sign-in cookie's role claim was issued for (Accounts' CurrentTenant).
        CurrentTenant.Choose(user.TenantIds(), Guid.TryParse(user.FindFirst(UserPreferenceClaims.Tenant)?.Value, out var chosen) ? chosen : null);
}
