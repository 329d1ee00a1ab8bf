using InvoiceHub.Accounts.Tenants;
using InvoiceHub.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages;

/// <summary>The tenant and language switchers of the layout post here; the choice is kept per user.</summary>
internal sealed class PreferencesModel(UserPreferences preferences, TenantNames tenantNames) : PageModel
{
    public IReadOnlyList<(Guid Id, string Name)> Tenants { get; private set; } = [];

    public Guid? CurrentTenant { get; private set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        CurrentTenant = User.CurrentTenantId();
        Tenants = await tenantNames.ListAsync(User.TenantIds(), cancellationToken);
    }

    public async Task<IActionResult> OnPostTenantAsync(Guid tenantId, string? returnUrl)
    {
        // Only a tenant the user belongs to can become current; anything else is answered like a missing page.
        if (!User.TenantIds().Contains(tenantId))
        {
            return NotFound();
        }

        return await SaveAsync(UserPreferenceClaims.Tenant, tenantId.ToString(), returnUrl);
    }

    public async Task<IActionResult> OnPostCultureAsync(string? culture, string? returnUrl)
    {
        if (!UiCultures.IsSupported(culture))
        {
            return BadRequest();
        }

        return await SaveAsync(UserPreferenceClaims.Culture, culture!, returnUrl);
    }

    private async Task<IActionResult> SaveAsync(string claimType, string value, string? returnUrl)
    {
        if (!await preferences.SetAsync(User, claimType, value))
        {
            return Forbid();
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage(new { saved = true });
    }
}
