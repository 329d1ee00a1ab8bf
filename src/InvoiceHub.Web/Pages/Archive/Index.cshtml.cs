using System.Globalization;
using CsvHelper;
using InvoiceHub.Invoices.Archive.SearchArchive;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Web.Api.Documents;
using InvoiceHub.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.Archive;

/// <summary>/archive: the archive search (the same handler as GET /api/v1/documents), results as a table or a CSV file.</summary>
internal sealed class IndexModel(SearchArchiveHandler search) : PageModel
{
    /// <summary>A CSV download stops here; narrower filters give the rest.</summary>
    public const int MaxCsvRows = 100_000;

    [BindProperty(SupportsGet = true)]
    public ArchiveQuery Query { get; set; } = new();

    public ArchivePage? Results { get; private set; }

    public bool Searched => Request.QueryString.HasValue;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId)
        {
            return Forbid();
        }

        // Results are shown newest first unless asked otherwise; amounts are typed in the user's culture.
        var (request, errors) = Query.ToSearch(tenantId, newestFirstByDefault: true, defaultLimit: 50, CultureInfo.CurrentCulture);
        var result = request is null ? null : await search.HandleAsync(request, cancellationToken);
        foreach (var (name, message) in result?.Errors ?? errors)
        {
            ModelState.AddModelError(name, message);
        }

        Results = result?.Page;
        return Page();
    }

    /// <summary>The whole result list (not only this page) as CSV, in the chosen order, read page by page.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId)
        {
            return Forbid();
        }

        var (request, errors) = Query.ToSearch(tenantId, newestFirstByDefault: true, defaultLimit: ArchiveSearch.MaxLimit, CultureInfo.CurrentCulture);
        if (request is null)
        {
            return await OnGetAsync(cancellationToken);
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"archive-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv\"";
        // Text from documents is untrusted: a party named "=HYPERLINK(...)" must stay text in a spreadsheet.
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        await using var csv = CsvWriter.Create(Response.Body, options, leaveOpen: true);
        await csv.WriteRecordAsync(ArchiveCsvRow.Header, cancellationToken);
        var page = request with { Limit = ArchiveSearch.MaxLimit, After = null };
        var written = 0;
        while (written < MaxCsvRows)
        {
            var result = await search.HandleAsync(page, cancellationToken);
            if (result.Page is not { } rows)
            {
                break;
            }

            foreach (var document in rows.Items.Take(MaxCsvRows - written))
            {
                await csv.WriteRecordAsync(ArchiveCsvRow.Fields(document), cancellationToken);
                written++;
            }

            if (rows.Next is null)
            {
                break;
            }

            page = page with { After = rows.Next };
        }

        return new EmptyResult();
    }

    /// <summary>The query string of this search with some parameters changed (sorting, paging, CSV).</summary>
    public string Link(string? sort = null, string? order = null, string? after = null, string? handler = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Query.Q, ["number"] = Query.Number, ["party"] = Query.Party, ["from"] = Query.From, ["to"] = Query.To,
            ["min"] = Query.Min, ["max"] = Query.Max, ["status"] = Query.Status, ["direction"] = Query.Direction,
            ["paymentStatus"] = Query.PaymentStatus, ["source"] = Query.Source, ["sort"] = sort ?? Query.Sort,
            ["order"] = order ?? Query.Order, ["after"] = after, ["handler"] = handler,
        };
        return "/archive" + Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    /// <summary>A column header's link: sorts by it, or turns the order round if it sorts already.</summary>
    public string SortLink(string sort)
    {
        var current = string.IsNullOrEmpty(Query.Sort) ? "received" : Query.Sort;
        var descending = Query.Order != "asc";
        return Link(sort, current == sort && descending ? "asc" : "desc");
    }

    public string? SortState(string sort)
    {
        var current = string.IsNullOrEmpty(Query.Sort) ? "received" : Query.Sort;
        return current != sort ? null : Query.Order == "asc" ? "ascending" : "descending";
    }

    public static string Source(Document document) => RecognitionSources.Of(document.Syntax, document.Profile) switch
    {
        RecognitionSource.XRechnung => "XRechnung",
        RecognitionSource.Zugferd => "ZUGFeRD",
        RecognitionSource.Peppol => "Peppol",
        RecognitionSource.Oioubl => "OIOUBL",
        RecognitionSource.Ubl => "UBL",
        RecognitionSource.Ocr => "OCR",
        _ => "CII",
    };
}
