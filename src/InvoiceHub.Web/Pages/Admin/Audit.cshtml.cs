using System.Globalization;
using System.Text;
using InvoiceHub.Invoices.Audit.SearchAudit;
using InvoiceHub.Web.Admin;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Pages.Admin;

/// <summary>The current tenant's audit trail: filter by user, action, document and days; page through it or download CSV.</summary>
internal sealed class AuditModel(SearchAuditHandler search) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "actor")]
    public string? ActorFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "what")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Document { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditPage? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Query() is { } query)
        {
            Result = await search.HandleAsync(query, cancellationToken);
        }
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (Query() is not { } query)
        {
            return Page();
        }

        var csv = await search.CsvAsync(query, cancellationToken);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"audit-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv");
    }

    public string Link(int page) =>
        Url.Page("/Admin/Audit", new { actor = ActorFilter, what = ActionFilter, document = Document, from = From, to = To, p = page })!;

    public string CsvLink => Url.Page("/Admin/Audit", "Csv", new { actor = ActorFilter, what = ActionFilter, document = Document, from = From, to = To })!;

    private AuditQuery? Query()
    {
        Guid? document = null;
        if (!string.IsNullOrWhiteSpace(Document))
        {
            if (Guid.TryParse(Document.Trim(), out var id))
            {
                document = id;
            }
            else
            {
                ModelState.AddModelError(nameof(Document), "A document id looks like 0193a5b2-7c4e-7d10-8f00-1234567890ab.");
            }
        }

        var from = Day(nameof(From), From);
        var to = Day(nameof(To), To);
        if (from > to)
        {
            ModelState.AddModelError(nameof(To), "The last day comes before the first.");
        }

        return ModelState.ErrorCount > 0 ? null : new AuditQuery(TenantId, ActorFilter, ActionFilter, document, from, to, Math.Max(1, PageNumber));
    }

    private DateOnly? Day(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        ModelState.AddModelError(field, "Enter a day as 2026-12-31.");
        return null;
    }
}
