using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Editing;
using InvoiceHub.Invoices.Editing.ArchiveDocument;
using InvoiceHub.Invoices.Queue.ListQueue;
using InvoiceHub.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InvoiceHub.Web.Pages.Queue;

/// <summary>The purchase or sales in-progress queue (and its rejected list): why each invoice waits; bulk archive.</summary>
internal sealed class QueueModel(ListQueueHandler queue, ArchiveDocumentHandler archive) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string Direction { get; set; } = "purchase";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    [BindProperty(SupportsGet = true)]
    public QueueSort Sort { get; set; } = QueueSort.Received;

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; } = true;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary><c>rejected</c> shows the rejected list instead of the waiting documents.</summary>
    [BindProperty(SupportsGet = true)]
    public string? List { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Archived { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? NotArchived { get; set; }

    public QueuePage Result { get; private set; } = new([], 0, 1, PageSize);

    public bool Rejected => List == "rejected";

    public Direction QueueDirection => Direction == "sales" ? Invoices.Contracts.Direction.Sales : Invoices.Contracts.Direction.Purchase;

    public bool CanArchive { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Actors.For(HttpContext) is not { } actor)
        {
            return Forbid();
        }

        // Free text is capped: a pasted page of text is not a search.
        var search = Search is { Length: > 200 } text ? text[..200] : Search;
        CanArchive = actor.MayArchive(QueueDirection) && !Rejected;
        Result = await queue.HandleAsync(
            new QueueQuery(actor.TenantId, QueueDirection, Rejected ? DocumentStatus.Rejected : DocumentStatus.InProgress, search, Reason, Sort, Desc, PageNumber, PageSize),
            cancellationToken);
        return Page();
    }

    /// <summary>Archives the selected documents that are complete, each through the one archiving handler.</summary>
    public async Task<IActionResult> OnPostArchiveAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        if (Actors.For(HttpContext) is not { } actor)
        {
            return Forbid();
        }

        if (!actor.MayArchive(QueueDirection))
        {
            return Forbid();
        }

        int archived = 0, notArchived = 0;
        foreach (var id in ids.Distinct().Take(ListQueueHandler.MaxPageSize))
        {
            var outcome = await archive.ArchiveAsync(actor, id, cancellationToken);
            _ = outcome.Kind == EditOutcomeKind.Done ? archived++ : notArchived++;
        }

        return RedirectToPage(new { direction = Direction, q = Search, reason = Reason, sort = Sort, desc = Desc, archived, notArchived });
    }

    public string SortLink(QueueSort column) =>
        Url.Page("/Queue/Queue", new { direction = Direction, q = Search, reason = Reason, list = List, sort = column, desc = Sort == column ? !Desc : column == QueueSort.Received })!;

    public string PageLink(int page) =>
        Url.Page("/Queue/Queue", new { direction = Direction, q = Search, reason = Reason, list = List, sort = Sort, desc = Desc, p = page })!;

    public string? SortState(QueueSort column) => Sort != column ? "none" : Desc ? "descending" : "ascending";
}
