using FluentValidation;
using InvoiceHub.Accounts.Users;
using InvoiceHub.Invoices.Archive.SearchArchive;
using InvoiceHub.Invoices.FollowUps;
using InvoiceHub.Web.Identity;
using InvoiceHub.Web.Resources;
using InvoiceHub.Web.Ui;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InvoiceHub.Web.Pages.FollowUps;

/// <summary>/follow-ups: the user's due and upcoming reminders, a form for a new one, and (Admins) the escalated ones.</summary>
internal sealed class IndexModel(
    FollowUpsHandler followUps, SearchArchiveHandler archive, IValidator<FollowUpInput> validator,
    IAuthorizationService authorization, IStringLocalizer<ArchiveText> text) : PageModel
{
    /// <summary>The document as people name it: its internal or invoice number (or its id, from a link).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Document { get; set; }

    [BindProperty]
    public FollowUpInput Input { get; set; } = new();

    public FollowUpLists? Lists { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId)
        {
            return Forbid();
        }

        Input.AssignedTo = User.Identity?.Name;
        Message = TempData["FollowUpMessage"] as string;
        await LoadAsync(tenantId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId || !(await authorization.AuthorizeAsync(User, AuthorizationPolicies.CanEdit)).Succeeded)
        {
            return Forbid();
        }

        Input.DocumentId = await ResolveAsync(tenantId, Document, cancellationToken);
        if (Input.DocumentId is null)
        {
            ModelState.AddModelError(nameof(Document), "No document of this tenant has that number.");
        }

        if (await this.ValidateAsync(validator, Input, nameof(Input), cancellationToken)
            && await followUps.CreateAsync(tenantId, Input, User.Identity?.Name ?? "user", cancellationToken) is not null)
        {
            TempData["FollowUpMessage"] = text["FollowUpSaved"].Value;
            return Redirect("/follow-ups");
        }

        await LoadAsync(tenantId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid id, CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId || !(await authorization.AuthorizeAsync(User, AuthorizationPolicies.CanEdit)).Succeeded)
        {
            return Forbid();
        }

        return await followUps.CompleteAsync(tenantId, id, User.Identity?.Name ?? "user", cancellationToken) ? Redirect("/follow-ups") : NotFound();
    }

    private async Task LoadAsync(Guid tenantId, CancellationToken cancellationToken) =>
        Lists = await followUps.ListAsync(tenantId, User.Identity?.Name ?? "", User.IsInRole(Roles.Admin), cancellationToken);

    private async Task<Guid?> ResolveAsync(Guid tenantId, string? reference, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > ArchiveSearch.MaxTextLength)
        {
            return null;
        }

        if (Guid.TryParse(reference, out var id))
        {
            return id;
        }

        var found = await archive.HandleAsync(new ArchiveSearch(tenantId, Number: reference, Limit: 2), cancellationToken);
        return found.Page?.Items.Count == 1 ? found.Page.Items[0].Id : null;
    }
}
