using FluentValidation;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.Invoices.Attachments;
using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Editing;
using InvoiceHub.Invoices.Editing.ArchiveDocument;
using InvoiceHub.Invoices.Editing.CreateParty;
using InvoiceHub.Invoices.Editing.RejectDocument;
using InvoiceHub.Invoices.Editing.UpdateDocument;
using InvoiceHub.Invoices.Reading.GetDocument;
using InvoiceHub.Invoices.Reading.GetPageImage;
using InvoiceHub.Invoices.Recognition;
using InvoiceHub.Invoices.Recognition.GetRecognition;
using InvoiceHub.Invoices.Rendering;
using InvoiceHub.Parties.Contracts;
using InvoiceHub.Web.Api.Documents;
using InvoiceHub.Web.Ui;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Document = InvoiceHub.Invoices.Documents.Document;

namespace InvoiceHub.Web.Pages.Documents;

/// <summary>
/// The invoice form while a document is in progress, the read-only detail view once archived or rejected. Every
/// action calls the same handler as the REST API; every view is recorded in the access history.
/// </summary>
[RequestSizeLimit(AttachmentFile.MaxSize + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentFile.MaxSize + (1024 * 1024))]
internal sealed class DocumentModel(
    GetDocumentHandler documents,
    UpdateDocumentHandler update,
    ArchiveDocumentHandler archive,
    RejectDocumentHandler reject,
    IValidator<UpdateDocumentInput> validator,
    IValidator<RejectDocumentInput> rejectValidator,
    IPartyDirectory parties,
    CreatePartyFromDocumentHandler createParty,
    UserAttachmentsHandler attachments,
    RecognitionStatusHandler recognitions,
    GetPageImageHandler pageImages) : PageModel
{
    /// <summary>How many parties the search as you type offers at once.</summary>
    public const int PartyChoices = 8;

    /// <summary>Spare empty rows under the account assignment, so lines can be added without JavaScript.</summary>
    public const int SpareLines = 2;

    [BindProperty]
    public UpdateDocumentInput Input { get; set; } = new();

    [BindProperty]
    public RejectDocumentInput Rejection { get; set; } = new();

    public Document Document { get; private set; } = null!;

    public Invoice? Invoice { get; private set; }

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    /// <summary>Files people added (delivery notes and the like), oldest first.</summary>
    public IReadOnlyList<UserAttachment> Attachments { get; private set; } = [];

    /// <summary>Where the attach form's message goes (there is no typed value to keep for a file).</summary>
    public string? Attachment { get; private set; }

    public bool CanAttach => Document.Status != DocumentStatus.Rejected && Actor.CanEdit;

    /// <summary>The supplier or customer the document is linked to, with its payment terms.</summary>
    public PartySummary? Party { get; private set; }

    /// <summary>The OCR of a scan (fields, confidences, boxes), null for documents read from invoice XML.</summary>
    public DocumentRecognition? Recognition { get; private set; }

    /// <summary>The field as OCR recognised it (uncertain when its confidence is below which a person should check it), or null.</summary>
    public RecognitionField? Recognized(string field) => Recognition?.Fields.FirstOrDefault(f => f.Name == field);

    /// <summary>Whether the field's box can be shown on a page of the original.</summary>
    public bool HasBox(string field) => Original.Boxes.Any(b => b.Fields.Any(f => f.Field.Name == field));

    public DocumentActor Actor { get; private set; } = null!;

    /// <summary>The page of the original shown first (<c>?p=</c>), for PDFs and scans.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int ShownPage { get; set; } = 1;

    /// <summary>The original beside the form: page images with the OCR boxes, or nothing for invoice XML (rendered instead).</summary>
    public OriginalPane Original { get; private set; } = OriginalPane.None;

    /// <summary>The files embedded in the invoice (BT-125), downloadable one by one.</summary>
    public IReadOnlyList<BinaryObject> Embedded => Invoice is null ? [] : GetDocumentHandler.EmbeddedAttachments(Invoice);

    public bool Editable => Document.Status == DocumentStatus.InProgress && Actor.CanEdit;

    public bool CanArchive => Editable && Actor.MayArchive(Document.Direction);

    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Actors.For(HttpContext) is not { } actor)
        {
            return Forbid();
        }

        Actor = actor;
        if (await documents.GetInvoiceAsync(actor.TenantId, id, actor.Name, "viewed", cancellationToken) is { } found)
        {
            (Document, Invoice) = found;
        }
        else if (await documents.GetAsync(actor.TenantId, id, actor.Name, "viewed", cancellationToken) is { } document)
        {
            Document = document;
        }
        else
        {
            return NotFound();
        }

        Input = UpdateDocumentInput.From(Document);
        History = await documents.HistoryAsync(actor.TenantId, id, cancellationToken);
        Party = await LinkedPartyAsync(cancellationToken);
        Attachments = await attachments.ListAsync(actor.TenantId, id, cancellationToken);
        Recognition = await recognitions.FindAsync(actor.TenantId, id, cancellationToken);
        Original = OriginalPane.Of(await pageImages.CountAsync(Document, cancellationToken), ShownPage, Recognition);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) =>
        await SaveAsync(id, archiving: false, cancellationToken) is { } answer ? answer : RedirectToPage(new { id, saved = true });

    public async Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await SaveAsync(id, archiving: true, cancellationToken) is { } answer)
        {
            return answer;
        }

        var outcome = await archive.ArchiveAsync(Actor, id, cancellationToken);
        return outcome.Kind == EditOutcomeKind.Done ? RedirectToPage(new { id }) : await ShowAsync(id, outcome, cancellationToken);
    }

    /// <summary>Saves what was typed, then creates the party from the invoice's data and links it.</summary>
    public async Task<IActionResult> OnPostCreatePartyAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await SaveAsync(id, archiving: false, cancellationToken) is { } answer)
        {
            return answer;
        }

        var outcome = await createParty.HandleAsync(Actor, id, cancellationToken);
        return outcome.Kind == EditOutcomeKind.Done ? RedirectToPage(new { id, saved = true }) : await ShowAsync(id, outcome, cancellationToken);
    }

    /// <summary>Adds a file to the document (also to an archived one); the form's fields are not part of it.</summary>
    public async Task<IActionResult> OnPostAttachAsync(Guid id, IFormFile? attachment, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        ModelState.Clear();
        var outcome = await attachments.AddAsync(Actor, id, attachment?.FileName, attachment?.Length ?? 0, attachment is null ? null : attachment.OpenReadStream, cancellationToken);
        if (outcome.Kind == EditOutcomeKind.Done)
        {
            return RedirectToPage(new { id });
        }

        if (outcome.Kind == EditOutcomeKind.Invalid)
        {
            ModelState.AddModelError(nameof(Attachment), outcome.Errors![UserAttachmentsHandler.Field][0]);
            Input = UpdateDocumentInput.From(Document);
        }

        return await ShowAsync(id, outcome.Kind == EditOutcomeKind.Invalid ? null : outcome, cancellationToken);
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (Actors.For(HttpContext) is not { } actor)
        {
            return Forbid();
        }

        return await attachments.GetAsync(actor, id, attachmentId, cancellationToken) is { } found
            ? File(found.Content, found.Attachment.ContentType, found.Attachment.FileName)
            : NotFound();
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        ModelState.Clear(); // the invoice fields are not part of a rejection
        if (!await this.ValidateAsync(rejectValidator, Rejection, nameof(Rejection), cancellationToken))
        {
            return await ShowAsync(id, null, cancellationToken);
        }

        var outcome = await reject.HandleAsync(Actor, id, Rejection, cancellationToken);
        return outcome.Kind == EditOutcomeKind.Done
            ? RedirectToPage("/Queue/Queue", new { direction = Document.Direction == Direction.Sales ? "sales" : "purchase", list = "rejected" })
            : await ShowAsync(id, outcome, cancellationToken);
    }

    /// <summary>
    /// The party search as you type (htmx): the tenant's suppliers or customers by name, account number, VAT id, GLN or
    /// IBAN, offered as choices of the form's <c>Input.PartyId</c>.
    /// </summary>
    public async Task<IActionResult> OnGetPartiesAsync(Guid id, string? term, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var kind = Document.Direction == Direction.Sales ? PartyKind.Customer : PartyKind.Supplier;
        var found = string.IsNullOrWhiteSpace(term) || term.Length > 200
            ? []
            : await parties.SearchAsync(Actor.TenantId, kind, term, PartyChoices, cancellationToken);
        return Partial("_PartyChoices", new PartyChoices(found, Document.PartyId, term));
    }

    /// <summary>The live balance of the account assignment (htmx): what is still unassigned of the net amount.</summary>
    public PartialViewResult OnPostBalance() => Partial("_Balance", Input);

    public async Task<IActionResult> OnGetOriginalAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Actors.For(HttpContext) is not { } actor)
        {
            return Forbid();
        }

        return await documents.GetOriginalAsync(actor.TenantId, id, actor.Name, cancellationToken) is { } original
            ? File(original.Content, original.Document.ContentType, original.FileName)
            : NotFound();
    }

    /// <summary>A page of the PDF or scanned original as a PNG, for the viewer beside the form (the view of the form is what is audited).</summary>
    public async Task<IActionResult> OnGetPageImageAsync(Guid id, int n, CancellationToken cancellationToken)
    {
        if (Actors.For(HttpContext) is not { } actor)
        {
            return Forbid();
        }

        Response.Headers.CacheControl = "no-store";
        var page = await pageImages.GetAsync(actor.TenantId, id, n, actor: null, cancellationToken);
        return page.Kind switch
        {
            PageImageResultKind.Found => File(page.Png!, "image/png"),
            PageImageResultKind.Unreadable => StatusCode(StatusCodes.Status422UnprocessableEntity),
            _ => NotFound(),
        };
    }

    /// <summary>The n-th attachment embedded in the invoice, as the API serves it (same handler, same type and name rules).</summary>
    public async Task<IActionResult> OnGetEmbeddedAsync(Guid id, int n, CancellationToken cancellationToken)
    {
        if (Actors.For(HttpContext) is not { } actor)
        {
            return Forbid();
        }

        if (await documents.GetEmbeddedAttachmentAsync(actor.TenantId, id, n, actor.Name, cancellationToken) is not { Attachment: { } attachment })
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        var (type, name) = DocumentResponses.Attachment(attachment.MimeCode, attachment.FileName, $"attachment-{n}");
        return File(attachment.Content.ToArray(), type, name);
    }

    /// <summary>The invoice rendered for people: the same Razor partial as the API's /rendered.</summary>
    public async Task<IActionResult> OnGetRenderedAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Actors.For(HttpContext) is not { } actor)
        {
            return Forbid();
        }

        return await documents.GetInvoiceAsync(actor.TenantId, id, actor.Name, "viewed-rendered", cancellationToken) is { } found
            ? Partial("/Pages/Shared/_InvoiceDocument.cshtml", new InvoiceRendering(found.Invoice, found.Document.InternalNumber, EmbeddedLink(id)))
            : NotFound();
    }

    /// <summary>Where the rendering links embedded attachment n: this link plus the number.</summary>
    public string EmbeddedLink(Guid id) => Url.Page("/Documents/Document", "Embedded", new { id }) + "&n=";

    // Validates and saves the form; null when saved, else the answer to give (the form again, 403, 404).
    private async Task<IActionResult?> SaveAsync(Guid id, bool archiving, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        // Without the archive permission nothing is saved either: the answer is 403, as for the API.
        if (!Actor.CanEdit || (archiving && !Actor.MayArchive(Document.Direction)))
        {
            return Forbid();
        }

        Input.FillRemainder();
        ModelState.Remove($"{nameof(Rejection)}.{nameof(RejectDocumentInput.Reason)}");
        if (!await this.ValidateAsync(validator, Input, nameof(Input), cancellationToken))
        {
            return await ShowAsync(id, null, cancellationToken);
        }

        var outcome = await update.HandleAsync(Actor, id, Input, cancellationToken);
        return outcome.Kind == EditOutcomeKind.Done ? null : await ShowAsync(id, outcome, cancellationToken);
    }

    private async Task<PartySummary?> LinkedPartyAsync(CancellationToken cancellationToken) =>
        Document.PartyId is { } partyId ? await parties.GetAsync(Actor.TenantId, partyId, cancellationToken) : null;

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Actors.For(HttpContext) is not { } actor)
        {
            return Forbid();
        }

        Actor = actor;
        if (await documents.FindAsync(actor.TenantId, id, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        return null;
    }

    // Shows the form again with what was typed and the handler's answer beside the fields.
    private async Task<IActionResult> ShowAsync(Guid id, EditOutcome? outcome, CancellationToken cancellationToken)
    {
        switch (outcome?.Kind)
        {
            case EditOutcomeKind.NotFound:
                return NotFound();
            case EditOutcomeKind.Forbidden:
                return Forbid();
            case EditOutcomeKind.Invalid:
                foreach (var (field, messages) in outcome.Errors!)
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError($"{nameof(Input)}.{field}", message);
                    }
                }

                Message = outcome.Message;
                break;
            case EditOutcomeKind.Conflict:
                Message = outcome.Message;
                break;
        }

        Document = await documents.FindAsync(Actor.TenantId, id, cancellationToken) ?? Document;
        History = await documents.HistoryAsync(Actor.TenantId, id, cancellationToken);
        Party = await LinkedPartyAsync(cancellationToken);
        Attachments = await attachments.ListAsync(Actor.TenantId, id, cancellationToken);
        Recognition = await recognitions.FindAsync(Actor.TenantId, id, cancellationToken);
        Invoice ??= await documents.InvoiceOfAsync(Document, cancellationToken);
        Original = OriginalPane.Of(await pageImages.CountAsync(Document, cancellationToken), ShownPage, Recognition);
        Response.StatusCode = outcome?.Kind == EditOutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
