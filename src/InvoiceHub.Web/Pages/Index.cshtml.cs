using InvoiceHub.Accounts.Users;
using InvoiceHub.Invoices.Dashboard.GetDashboard;
using InvoiceHub.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages;

/// <summary>The dashboard a user lands on: what waits in the queues and why, what was archived, recent activity.</summary>
internal sealed class IndexModel(GetDashboardHandler dashboard) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public DashboardView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        DisplayName = User.FindFirst(AccountClaimTypes.DisplayName)?.Value ?? User.Identity?.Name ?? "";
        if (User.CurrentTenantId() is { } tenantId)
        {
            View = await dashboard.HandleAsync(tenantId, TimeZoneInfo.Local, cancellationToken);
        }

        return Page();
    }
}
