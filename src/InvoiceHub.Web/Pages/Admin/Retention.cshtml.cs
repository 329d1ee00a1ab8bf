using InvoiceHub.Invoices.Editing;
using InvoiceHub.Invoices.Retention.DeleteExpired;
using InvoiceHub.Invoices.Retention.ListReviews;
using InvoiceHub.Web.Admin;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Pages.Admin;

/// <summary>
/// Documents past their retention period, as the retention review listed them, and the Admin's confirmed deletion with
/// a reason (the same handlers as the admin API). Nothing is deleted without this confirmation.
/// </summary>
internal sealed class RetentionModel(ListRetentionReviewsHandler list, DeleteExpiredDocumentHandler delete) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The document whose deletion is being confirmed (from the list's link, or the form posted back).</summary>
    [BindProperty(SupportsGet = true, Name = "id")]
    public string? DocumentId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public RetentionReviewPage Result { get; private set; } = new([], 1, ListRetentionReviewsHandler.PageSize, 0);

    public RetentionReviewItem? Confirming { get; private set; }

    public const int MaxReasonLength = DeleteExpiredDocumentHandler.MaxReasonLength;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is { } item)
        {
            var outcome = await delete.HandleAsync(TenantId, Actor, item.DocumentId, Reason, cancellationToken);
            if (outcome.Kind == EditOutcomeKind.Done)
            {
                Notice = $"{item.InternalNumber ?? item.InvoiceNumber} was deleted: its record, original file, attachments and OCR data. "
                    + "The audit trail keeps who deleted it, when and why.";
                return RedirectToPage(new { p = PageNumber });
            }

            if (outcome.Errors is { } errors)
            {
                foreach (var (field, messages) in errors)
                {
                    ModelState.AddModelError(field, messages[0]);
                }
            }
            else
            {
                ModelState.AddModelError(nameof(DocumentId), outcome.Message ?? "The document cannot be deleted.");
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public string Link(int page) => Url.Page("/Admin/Retention", new { p = page })!;

    public string ConfirmLink(Guid id) => Url.Page("/Admin/Retention", null, new { p = PageNumber, id }, protocol: null, host: null, fragment: "confirm")!;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Result = await list.HandleAsync(TenantId, PageNumber, cancellationToken);
        if (Confirming is null && !string.IsNullOrWhiteSpace(DocumentId) && ModelState.ErrorCount == 0)
        {
            Confirming = await FindAsync(cancellationToken);
        }
    }

    /// <summary>The listed document named by <see cref="DocumentId"/>; a message beside the field when there is none.</summary>
    private async Task<RetentionReviewItem?> FindAsync(CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(DocumentId?.Trim(), out var id))
        {
            ModelState.AddModelError(nameof(DocumentId), "Choose a document from the list: that is not a document id.");
            return null;
        }

        Confirming = await list.FindAsync(TenantId, id, cancellationToken);
        if (Confirming is null)
        {
            ModelState.AddModelError(nameof(DocumentId), "That document is not listed for deletion (unknown, of another tenant, or deleted already).");
        }

        return Confirming;
    }
}
