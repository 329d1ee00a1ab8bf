using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Intake;
using InvoiceHub.Invoices.IntakeLog;
using InvoiceHub.Web.Api.Authentication;
using InvoiceHub.Web.Api.Documents;
using InvoiceHub.Web.Identity;
using InvoiceHub.Web.Resources;
using InvoiceHub.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Pages.Upload;

/// <summary>
/// /upload: several XML or PDF files at once (a plain multipart form; drag and drop only fills it), each through the
/// same intake handler as POST /api/v1/documents, with a result per file.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.CanEdit)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
internal sealed class IndexModel(
    ReceiveDocumentHandler intake, IntakeLogWriter intakeLog, IOptions<ConnectorSettings> settings, IStringLocalizer<ArchiveText> text) : PageModel
{
    public const int MaxFiles = 50;
    private const long MaxRequestBytes = 256L * 1024 * 1024;

    [BindProperty]
    public string? Direction { get; set; }

    public List<UploadResult> Results { get; } = [];

    public IActionResult OnGet() => User.CurrentTenantId() is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (User.CurrentTenantId() is not { } tenantId)
        {
            return Forbid();
        }

        if (!ApiValues.TryParseDirection(Direction, out var direction))
        {
            ModelState.AddModelError(nameof(Direction), "Direction is purchase or sales.");
        }

        files = [.. files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName))];
        if (files.Count == 0)
        {
            ModelState.AddModelError("files", text["NoFiles"]);
        }
        else if (files.Count > MaxFiles)
        {
            ModelState.AddModelError("files", text["TooManyFiles", MaxFiles]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = User.Identity?.Name ?? "user";
        foreach (var file in files)
        {
            Results.Add(await ReceiveAsync(tenantId, actor, file, direction, cancellationToken));
        }

        return Page();
    }

    private async Task<UploadResult> ReceiveAsync(Guid tenantId, string actor, IFormFile file, Direction? direction, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file.FileName);
        var limit = settings.Value.MaxDocumentBytes;
        if (file.Length > limit || file.Length == 0)
        {
            var (title, detail) = file.Length == 0
                ? ("Empty document", "The file is empty.")
                : ("Document too large", $"Documents may have at most {limit} bytes ({limit / (1024 * 1024)} MB).");
            await intakeLog.RecordAsync(new IntakeRefusalRecord(
                tenantId, actor, "upload", file.Length == 0 ? RefusalKinds.Unreadable : RefusalKinds.TooLarge, title, detail,
                name, file.ContentType, Size: file.Length), cancellationToken);
            return UploadResult.Refused(name, title, detail);
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        // Browsers label XML files inconsistently (text/xml, application/octet-stream): the bytes decide.
        var contentType = content.AsSpan().StartsWith("%PDF"u8) ? "application/pdf" : "application/xml";
        var outcome = await intake.HandleAsync(
            new ReceiveDocumentCommand(tenantId, actor, content, contentType, direction, FileName: name, Channel: "upload"), cancellationToken);
        return UploadResult.From(name, outcome);
    }
}
