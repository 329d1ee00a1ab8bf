using InvoiceHub.Web.Ui;
using InvoiceHub.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Admin;

/// <summary>What every admin page needs: the tenant it administers (the user's current one) and who acts.</summary>
[Authorize(Policy = AuthorizationPolicies.Admin)]
internal abstract class AdminPageModel : PageModel
{
    /// <summary>The current tenant; the folder's Admin policy has already checked the role in it.</summary>
    public Guid TenantId => User.CurrentTenantId() ?? throw new InvalidOperationException("An Admin without a tenant");

    public string Actor => User.Identity?.Name ?? "unknown";

    /// <summary>A one-line confirmation shown once after a redirect.</summary>
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Notice { get; set; }

    protected void AddErrors(IReadOnlyDictionary<string, string> errors, string? prefix = null)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(prefix is null ? field : $"{prefix}.{field}", message);
        }
    }
}
