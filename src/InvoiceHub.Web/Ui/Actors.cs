using System.Security.Claims;
using InvoiceHub.Accounts.ApiCredentials;
using InvoiceHub.Accounts.Users;
using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Web.Ui;

/// <summary>Turns whoever calls (a signed-in person or a connector credential) into the module's <see cref="DocumentActor"/>.</summary>
internal static class Actors
{
    /// <summary>The actor of a request, or null for a person without a tenant.</summary>
    public static DocumentActor? For(HttpContext context)
    {
        var user = context.User;
        bool Has(string permission) => user.HasClaim(Permissions.ClaimType, permission);
        if (context.Items[typeof(ApiClientIdentity)] is ApiClientIdentity client)
        {
            // A credential writes on behalf of its tenant's billing software; archiving needs a granted permission claim.
            return new DocumentActor(client.TenantId, client.Username, CanEdit: true, Has(Permissions.ImportPurchaseIntoArchive), Has(Permissions.ArchiveSalesWithoutDelivery));
        }

        return user.CurrentTenantId() is { } tenantId
            ? new DocumentActor(tenantId, Name(user), CanEdit(user), Has(Permissions.ImportPurchaseIntoArchive), Has(Permissions.ArchiveSalesWithoutDelivery))
            : null;
    }

    public static bool CanEdit(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Bookkeeper);

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
