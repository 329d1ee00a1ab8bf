using FluentValidation;
using InvoiceHub.Accounts.ApiCredentials;
using InvoiceHub.Web.Admin;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Pages.Admin;

/// <summary>The current tenant's connector credentials: list, create, regenerate, revoke (the admin API's handlers).</summary>
internal sealed class CredentialsModel(ApiCredentialService credentials, IValidator<NewCredential> validator) : AdminPageModel
{
    public IReadOnlyList<ApiCredential> Credentials { get; private set; } = [];

    [BindProperty]
    public string? Username { get; set; }

    /// <summary>A key just created or regenerated: on this response only, never again.</summary>
    public IssuedApiKey? Issued { get; private set; }

    public string BaseUrl => $"{Request.Scheme}://{Request.Host}";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var input = new NewCredential(Username);
        var result = await this.ValidateAsync(validator, input, "", cancellationToken)
            ? await credentials.IssueAsync(TenantId, input, Actor, cancellationToken)
            : null;
        AddErrors(result?.Errors ?? new Dictionary<string, string>());
        Issued = result?.Value;
        if (Issued is not null)
        {
            Username = null;
            ModelState.Clear();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRegenerateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await credentials.RegenerateAsync(TenantId, id, Actor, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }

        if (outcome.Issued is null)
        {
            Notice = "A revoked credential stays revoked; create a new one instead.";
            return RedirectToPage();
        }

        Issued = outcome.Issued;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await credentials.RevokeAsync(TenantId, id, Actor, cancellationToken))
        {
            return NotFound();
        }

        Notice = "The credential is revoked: its key no longer works.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => Credentials = await credentials.ListAsync(TenantId, cancellationToken);
}
