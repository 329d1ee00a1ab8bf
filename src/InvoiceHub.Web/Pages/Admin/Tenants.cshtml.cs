using FluentValidation;
using InvoiceHub.Accounts.Tenants;
using InvoiceHub.Accounts.Tenants.CreateTenant;
using InvoiceHub.Accounts.Tenants.DeactivateTenant;
using InvoiceHub.Accounts.Tenants.ListTenants;
using InvoiceHub.Accounts.Tenants.RenameTenant;
using InvoiceHub.Accounts.Tenants.SwitchTenant;
using InvoiceHub.Accounts.Users;
using InvoiceHub.Invoices.Settings;
using InvoiceHub.Invoices.Settings.UpdateSettings;
using InvoiceHub.Web.Admin;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Pages.Admin;

/// <summary>The tenants this admin administers: create, rename, deactivate, own identifiers, and switch to one.</summary>
internal sealed class TenantsModel(
    ListTenantsHandler list,
    CreateTenantHandler create,
    RenameTenantHandler rename,
    DeactivateTenantHandler deactivate,
    SwitchTenantHandler switchTenant,
    UpdateSettingsHandler settings,
    SettingsStore settingsStore,
    SignInManager<AppUser> signIn,
    IValidator<CreateTenantCommand> createValidator,
    IValidator<RenameTenantCommand> renameValidator) : AdminPageModel
{
    public IReadOnlyList<(Tenant Tenant, string Identifiers)> Tenants { get; private set; } = [];

    [BindProperty]
    public string? NewName { get; set; }

    /// <summary>The tenant a row form was posted for, so its errors and input show in that row.</summary>
    [BindProperty]
    public Guid? RowTenantId { get; set; }

    [BindProperty]
    public string? RowName { get; set; }

    [BindProperty]
    public string? RowIdentifiers { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var command = new CreateTenantCommand(NewName);
        var result = await this.ValidateAsync(createValidator, command, _ => nameof(NewName), cancellationToken)
            ? await create.HandleAsync(command, UserId, Actor, cancellationToken)
            : null;
        if (result is not { Succeeded: true })
        {
            AddErrors((result?.Errors ?? new Dictionary<string, string>()).ToDictionary(_ => nameof(NewName), e => e.Value));
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = $"Tenant '{result.Value!.Name}' created; you are its Admin. Switch to it to add users and keys.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRenameAsync(CancellationToken cancellationToken)
    {
        if (!await AdministersAsync(cancellationToken))
        {
            return NotFound();
        }

        var command = new RenameTenantCommand(RowTenantId!.Value, RowName);
        var result = await this.ValidateAsync(renameValidator, command, _ => nameof(RowName), cancellationToken)
            ? await rename.HandleAsync(command, Actor, cancellationToken)
            : null;
        if (result is not { Succeeded: true })
        {
            AddErrors((result?.Errors ?? new Dictionary<string, string>()).ToDictionary(_ => nameof(RowName), e => e.Value));
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = $"Renamed to '{result.Value!.Name}'.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostIdentifiersAsync(CancellationToken cancellationToken)
    {
        if (!await AdministersAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await settings.SetOwnIdentifiersAsync(RowTenantId!.Value, Actor, RowIdentifiers ?? "", cancellationToken);
        if (!result.Saved)
        {
            ModelState.AddModelError(nameof(RowIdentifiers), result.Errors.Values.First());
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = "Own identifiers saved: intake tells purchases from sales by them.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken)
    {
        if (!await AdministersAsync(cancellationToken) || !await deactivate.HandleAsync(RowTenantId!.Value, Actor, cancellationToken))
        {
            return NotFound();
        }

        Notice = "Tenant deactivated: its users no longer work in it and its API keys are revoked.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSwitchAsync(CancellationToken cancellationToken)
    {
        if (RowTenantId is not { } tenantId || await switchTenant.HandleAsync(User, tenantId, cancellationToken) is not { } user)
        {
            return NotFound();
        }

        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    private Guid UserId => Guid.Parse(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value);

    private async Task<bool> AdministersAsync(CancellationToken cancellationToken) =>
        RowTenantId is { } id && (await list.HandleAsync(UserId, cancellationToken)).Any(t => t.Id == id);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var tenants = new List<(Tenant, string)>();
        foreach (var tenant in await list.HandleAsync(UserId, cancellationToken))
        {
            var own = (await settingsStore.GetAsync(tenant.Id, cancellationToken)).OwnIdentifiers;
            tenants.Add((tenant, string.Join(", ", own)));
        }

        Tenants = tenants;
    }
}
