using InvoiceHub.Parties.Contracts;
using InvoiceHub.Parties.Domain;
using InvoiceHub.Parties.Manage.SearchParties;
using InvoiceHub.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.Parties;

/// <summary>/parties: the tenant's suppliers and customers, searched by name, account number, VAT id, GLN or IBAN.</summary>
internal sealed class IndexModel(SearchPartiesHandler parties) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<Party> Parties { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId)
        {
            return Forbid();
        }

        PartyKind? kind = null;
        if (!string.IsNullOrEmpty(Kind))
        {
            if (PartyKinds.TryParse(Kind, out var parsed))
            {
                kind = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(Kind), "Kind is supplier or customer.");
            }
        }

        if (Q?.Length > SearchPartiesHandler.MaxTextLength)
        {
            ModelState.AddModelError(nameof(Q), $"At most {SearchPartiesHandler.MaxTextLength} characters.");
        }

        if (ModelState.IsValid)
        {
            Parties = await parties.HandleAsync(tenantId, Q, kind, 100, cancellationToken);
        }

        return Page();
    }
}
