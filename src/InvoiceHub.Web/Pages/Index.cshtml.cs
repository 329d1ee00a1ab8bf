using InvoiceHub.Accounts.Tenants;
using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages;

/// <summary>The dashboard a user lands on after signing in.</summary>
internal sealed class IndexModel(TenantNames tenantNames) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlyList<string> Tenants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DisplayName = User.FindFirst(AccountClaimTypes.DisplayName)?.Value ?? User.Identity?.Name ?? "";
        Email = User.Identity?.Name ?? "";
        Roles = [.. InvoiceHub.Accounts.Users.Roles.All.Where(User.IsInRole)];
        var tenantIds = User.FindAll(AccountClaimTypes.Tenant).Select(c => Guid.Parse(c.Value)).ToList();
        Tenants = await tenantNames.GetAsync(tenantIds, cancellationToken);
    }
}
