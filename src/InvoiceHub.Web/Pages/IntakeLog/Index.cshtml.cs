using InvoiceHub.Invoices.IntakeLog;
using InvoiceHub.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.IntakeLog;

/// <summary>/intake-log: every refused push or upload of the tenant and why, newest first; kept files can be downloaded.</summary>
internal sealed class IndexModel(ListIntakeLogHandler log) : PageModel
{
    public const int MaxFilterLength = 200;

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? After { get; set; }

    public IntakeLogPage? Entries { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId)
        {
            return Forbid();
        }

        if (!string.IsNullOrEmpty(Kind) && !RefusalKinds.All.Contains(Kind))
        {
            ModelState.AddModelError(nameof(Kind), $"Kind is one of {string.Join(", ", RefusalKinds.All)}.");
        }

        foreach (var (name, value) in new[] { (nameof(Actor), Actor), (nameof(Q), Q) })
        {
            if (value?.Length > MaxFilterLength)
            {
                ModelState.AddModelError(name, $"At most {MaxFilterLength} characters.");
            }
        }

        if (From > To)
        {
            ModelState.AddModelError(nameof(To), "The end date is before the start date.");
        }

        if (ModelState.IsValid)
        {
            Entries = await log.HandleAsync(new IntakeLogQuery(tenantId, Kind, Actor, Q, From, To, After), cancellationToken);
        }

        return Page();
    }

    /// <summary>The kept bytes of a refused file (only when the tenant keeps them); sent as a download, never shown inline.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId)
        {
            return Forbid();
        }

        return await log.GetFileAsync(tenantId, id, cancellationToken) is { } file
            ? File(file.Content, "application/octet-stream", file.FileName)
            : NotFound();
    }

    public string NextLink(Guid next) => "/intake-log" + QueryString.Create(new Dictionary<string, string?>
    {
        ["kind"] = Kind, ["actor"] = Actor, ["q"] = Q, ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["after"] = next.ToString(),
    }.Where(v => !string.IsNullOrEmpty(v.Value)));
}
