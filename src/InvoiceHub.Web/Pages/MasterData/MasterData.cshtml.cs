using FluentValidation;
using InvoiceHub.Invoices.MasterData;
using InvoiceHub.Invoices.MasterData.ManageMasterData;
using InvoiceHub.Web.Ui;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.MasterData;

/// <summary>One page per master table (GL accounts, cost centres, tax keys) of the current tenant, with SKR presets.</summary>
internal sealed class MasterDataModel(MasterDataHandler handler, IValidator<MasterDataInput> validator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "gl-accounts";

    [BindProperty]
    public MasterDataInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Added { get; set; }

    public IReadOnlyList<MasterDataEntry> Entries { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public MasterDataKind Table => Kind switch
    {
        "cost-centres" => MasterDataKind.CostCentre,
        "tax-keys" => MasterDataKind.TaxKey,
        _ => MasterDataKind.GlAccount,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Actors.For(HttpContext) is not { CanEdit: true } actor)
        {
            return Forbid();
        }

        if (!await this.ValidateAsync(validator, Input, nameof(Input), cancellationToken))
        {
            return await ShowAsync(cancellationToken);
        }

        if (await handler.SaveAsync(actor, Table, Input, cancellationToken) is { } problem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MasterDataInput.Code)}", problem);
            return await ShowAsync(cancellationToken);
        }

        return RedirectToPage(new { kind = Kind });
    }

    public async Task<IActionResult> OnPostPresetAsync(string chart, CancellationToken cancellationToken)
    {
        if (Actors.For(HttpContext) is not { CanEdit: true } actor)
        {
            return Forbid();
        }

        var added = await handler.ApplyPresetAsync(actor, chart, cancellationToken);
        return RedirectToPage(new { kind = Kind, added });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (Actors.For(HttpContext) is not { } actor)
        {
            return Forbid();
        }

        CanEdit = actor.CanEdit;
        Entries = await handler.ListAsync(actor.TenantId, Table, cancellationToken);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
