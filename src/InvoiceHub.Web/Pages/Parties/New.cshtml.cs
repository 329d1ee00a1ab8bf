using FluentValidation;
using InvoiceHub.Parties.Manage.SaveParty;
using InvoiceHub.Parties.Sync.UpsertParty;
using InvoiceHub.Web.Identity;
using InvoiceHub.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.Parties;

/// <summary>/parties/new: a supplier or customer created by hand.</summary>
[Authorize(Policy = AuthorizationPolicies.CanEdit)]
internal sealed class NewModel(SavePartyHandler save, IValidator<PartyForm> validator) : PageModel
{
    [BindProperty]
    public PartyForm Input { get; set; } = new();

    public IActionResult OnGet() => User.CurrentTenantId() is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId)
        {
            return Forbid();
        }

        var result = await PartyPages.SaveAsync(this, validator, save, tenantId, null, Input, cancellationToken);
        if (result?.Outcome is not UpsertOutcome.Created || result.Party is null)
        {
            return Page();
        }

        TempData["PartyMessage"] = "saved";
        return Redirect($"/parties/{result.Party.Id}");
    }
}
