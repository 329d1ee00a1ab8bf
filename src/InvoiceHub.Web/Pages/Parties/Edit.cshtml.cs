using FluentValidation;
using InvoiceHub.Invoices.Archive.ReassignParty;
using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Manage.MergeParties;
using InvoiceHub.Parties.Manage.SaveParty;
using InvoiceHub.Parties.Manage.SearchParties;
using InvoiceHub.Parties.Sync.UpsertParty;
using InvoiceHub.Web.Identity;
using InvoiceHub.Web.Resources;
using InvoiceHub.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InvoiceHub.Web.Pages.Parties;

/// <summary>/parties/{id}: a party's master data and identifiers, edited; a duplicate merged into it.</summary>
internal sealed class EditModel(
    SearchPartiesHandler parties, SavePartyHandler save, MergePartiesHandler merge, ReassignPartyHandler documents,
    IValidator<PartyForm> validator, IStringLocalizer<ArchiveText> text, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public PartyForm Input { get; set; } = new();

    [BindProperty]
    public string? MergeFrom { get; set; }

    public Party? Party { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId)
        {
            return Forbid();
        }

        if (await parties.GetAsync(tenantId, id, cancellationToken) is not { } party)
        {
            return NotFound();
        }

        Party = party;
        Input = PartyForm.From(party);
        Message = TempData["PartyMessage"] as string is { } message ? message == "saved" ? text["PartySaved"] : message : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        // Handler methods take no [Authorize]: both POSTs check the edit policy themselves (Accountants read only).
        if (User.CurrentTenantId() is not { } tenantId || !await CanEditAsync())
        {
            return Forbid();
        }

        if (await parties.GetAsync(tenantId, id, cancellationToken) is not { } party)
        {
            return NotFound();
        }

        Party = party;
        var result = await PartyPages.SaveAsync(this, validator, save, tenantId, id, Input, cancellationToken);
        if (result?.Outcome is not (UpsertOutcome.Updated or UpsertOutcome.Created))
        {
            return result?.Outcome == UpsertOutcome.NotFound ? NotFound() : Page();
        }

        TempData["PartyMessage"] = "saved";
        return Redirect($"/parties/{id}");
    }

    /// <summary>Merges the party named in <see cref="MergeFrom"/> (its account number or id) into this one; documents move first.</summary>
    public async Task<IActionResult> OnPostMergeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId || !await CanEditAsync())
        {
            return Forbid();
        }

        if (await parties.GetAsync(tenantId, id, cancellationToken) is not { } party)
        {
            return NotFound();
        }

        Party = party;
        Input = PartyForm.From(party);
        var duplicateId = await ResolveAsync(tenantId, MergeFrom, cancellationToken);
        var check = duplicateId is null ? null : await merge.CheckAsync(tenantId, id, duplicateId.Value, cancellationToken);
        if (check is not { Problem: null, Duplicate: { } duplicate })
        {
            ModelState.AddModelError(nameof(MergeFrom), check?.Problem switch
            {
                MergeProblem.SameParty => "That is this party itself.",
                MergeProblem.KindDiffers => "A supplier and a customer cannot be merged.",
                _ => "No party of this tenant has that account number or id.",
            });
            return Page();
        }

        var actor = User.Identity?.Name ?? "user";
        var moved = await documents.HandleAsync(tenantId, duplicate.Id, party.Id, party.AccountNumber ?? duplicate.AccountNumber,
            $"{duplicate.Name} ({duplicate.Id}) merged into {party.Name} ({party.Id})", actor, cancellationToken);
        await merge.MergeAsync(tenantId, id, duplicate.Id, cancellationToken);
        TempData["PartyMessage"] = text["Merged", duplicate.Name, moved].Value;
        return Redirect($"/parties/{id}");
    }

    private async Task<bool> CanEditAsync() => (await authorization.AuthorizeAsync(User, AuthorizationPolicies.CanEdit)).Succeeded;

    private async Task<Guid?> ResolveAsync(Guid tenantId, string? reference, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > SearchPartiesHandler.MaxTextLength)
        {
            return null;
        }

        if (Guid.TryParse(reference, out var id))
        {
            return id;
        }

        var found = await parties.HandleAsync(tenantId, reference.Trim(), null, 2, cancellationToken);
        return found.SingleOrDefault(p => p.AccountNumber == reference.Trim())?.Id;
    }
}
