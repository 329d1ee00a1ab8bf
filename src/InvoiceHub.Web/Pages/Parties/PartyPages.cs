using FluentValidation;
using InvoiceHub.Parties.Manage.SaveParty;
using InvoiceHub.Parties.Sync.UpsertParty;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.Parties;

/// <summary>What the create and the edit page share: validate, save through the module, put its field errors beside the fields.</summary>
internal static class PartyPages
{
    public static async Task<UpsertPartyResult?> SaveAsync(
        PageModel page, IValidator<PartyForm> validator, SavePartyHandler handler, Guid tenantId, Guid? id, PartyForm form, CancellationToken cancellationToken)
    {
        if (!await page.ValidateAsync(validator, form, "Input", cancellationToken))
        {
            return null;
        }

        var result = await handler.HandleAsync(tenantId, id, form.ToInput(), cancellationToken);
        foreach (var error in result.Errors)
        {
            page.ModelState.AddModelError(PartyForm.FieldOf(error.Field), error.Message);
        }

        return result;
    }
}
