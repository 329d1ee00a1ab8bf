using System.Globalization;
using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Editing.ArchiveDocument;
using InvoiceHub.Invoices.Intake;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Settings;
using InvoiceHub.Invoices.Storage;
using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Parties.Contracts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InvoiceHub.Invoices.Recognition.RecognizeDocument;

/// <summary>
/// Runs the OCR of a stored scan and decides it like intake decides an e-invoice: the recognised fields fill the
/// document, the supplier is matched by the recognised VAT id / CVR / IBAN, duplicates are looked for, and every field
/// that is missing or uncertain is a reason. Document, recognition and audit entry change in one transaction, and only
/// while the document is still being recognised, so a second run of the job changes nothing.
/// </summary>
internal sealed class RecognizeDocumentHandler(
    InvoicesDbContext db,
    IDocumentStore store,
    IDocumentRecognizer recognizer,
    IPartyMatcher parties,
    SettingsStore settingsStore,
    ArchiveDocumentHandler archive,
    BankDetailsPolicy bankDetails,
    TimeProvider clock)
{
    /// <summary>The actor the audit trail names for what the OCR job does.</summary>
    public const string Actor = "ocr";

    // The fields a bookkeeper needs from every invoice; one the page did not give is named in the reason ocr-missing.
    private static readonly (string Field, string Label)[] _expected =
    [
        (InvoiceFieldNames.InvoiceNumber, "invoice number"), (InvoiceFieldNames.IssueDate, "invoice date"),
        (InvoiceFieldNames.Currency, "currency"), (InvoiceFieldNames.NetAmount, "net amount"),
        (InvoiceFieldNames.TaxAmount, "tax amount"), (InvoiceFieldNames.TotalAmount, "gross amount"),
    ];

    /// <summary>Recognises the document unless that was done already; returns its recognition status (null: no such scan).</summary>
    public async Task<RecognitionStatus?> HandleAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var recognition = await db.Recognitions.SingleOrDefaultAsync(r => r.DocumentId == documentId, cancellationToken);
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (recognition is null || document is null || recognition.Status != RecognitionStatus.Pending)
        {
            return recognition?.Status;
        }

        if (document.Status != DocumentStatus.Recognizing)
        {
            // Recognised and decided by an earlier run that stopped before it could say so (see the archiving below).
            recognition.Status = recognition.Error is null ? RecognitionStatus.Done : RecognitionStatus.Failed;
            await db.SaveChangesAsync(cancellationToken);
            return recognition.Status;
        }

        // Written before the work, so the sweeper can tell a running (or crashed) recognition from one never started.
        recognition.Attempts++;
        recognition.StartedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);

        var bytes = await store.GetAsync(document.Sha256, cancellationToken);
        var result = bytes is null
            ? OcrDocument.Failed("the original is missing from the document store")
            : await recognizer.RecognizeAsync(bytes, cancellationToken);
        var settings = await settingsStore.GetAsync(document.TenantId, cancellationToken);

        var reasons = new List<DocumentReason>();
        var fields = result.Fields;
        Fill(document, fields);
        Record(recognition, result);
        document.SearchText = result.Text is { Length: > 0 } text ? Cut(text, Document.SearchTextLength) : null;
        var final = result.Error is null ? RecognitionStatus.Done : RecognitionStatus.Failed;
        if (result.Error is { } error)
        {
            reasons.Add(Reason("ocr-failed", $"OCR could not read the file: {error}. Fill in the invoice fields from the original."));
        }
        else
        {
            reasons.AddRange(FieldReasons(result));
        }

        var match = await MatchPartyAsync(document, fields, reasons, cancellationToken);
        await FindDuplicatesAsync(document, reasons, cancellationToken);

        var confident = reasons.Count == 0 && ArchiveReadiness.Problems(document, settings).Count == 0;
        var archiving = settings.ArchiveConfidentOcr && confident;
        // A client polling the recognition sees it done only once the document is where it stays: queued, or archived.
        recognition.Status = archiving ? RecognitionStatus.Pending : final;
        if (!archiving)
        {
            reasons.Add(Reason("ocr-review", confident
                ? "Read by OCR: every field was recognised with confidence; this tenant archives OCR results only after a person looked at them."
                : "Read by OCR: check the recognised fields against the original before archiving."));
        }

        document.Reasons = reasons;
        document.Status = DocumentStatus.InProgress;
        var detail = $"{result.Pages.Count} page(s), {fields.Count} field(s) recognised"
            + (match is null ? "" : $"; party {match.Outcome.ToString().ToLowerInvariant()}") + $"; reasons: {string.Join(", ", reasons.Select(r => r.Code).Distinct())}";
        db.Audit.Add(AuditTrail.Entry(document, Actor, final == RecognitionStatus.Failed ? "recognition-failed" : "recognized", detail, clock));
        db.Audit.Add(AuditTrail.Entry(document, Actor, "queued", string.Join("; ", reasons.Select(r => r.Code).Distinct()), clock));
        await SaveAsync(document, cancellationToken);

        if (archiving)
        {
            // The tenant allows it: a complete, confident result archives as a complete e-invoice would (its number and
            // audit entry taken by the one archiving path). Should this fail, the document simply waits in the queue.
            var system = new DocumentActor(document.TenantId, Actor, CanEdit: true, CanArchivePurchase: true, CanArchiveSales: true);
            await archive.ArchiveAsync(system, document.Id, cancellationToken);
            recognition.Status = final;
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return recognition.Status;
    }

    // A concurrent document may take the same number from the same supplier between the check and the commit: the
    // unique index decides, and this one is then recorded as the duplicate.
    private async Task SaveAsync(Document document, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: InvoicesDbContext.DuplicateNumberIndex })
        {
            document.IsDuplicate = true;
            document.Reasons.Insert(0, Reason("duplicate-number", $"Invoice number {document.InvoiceNumber} was already received from this supplier."));
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    private static void Fill(Document document, IReadOnlyDictionary<string, RecognizedField> fields)
    {
        string? Value(string name) => fields.TryGetValue(name, out var field) ? field.Value : null;
        document.InvoiceNumber = Value(InvoiceFieldNames.InvoiceNumber);
        document.NumberKey = DocumentFacts.NormaliseNumber(document.InvoiceNumber);
        document.IssueDate = Date(Value(InvoiceFieldNames.IssueDate));
        document.DueDate = Date(Value(InvoiceFieldNames.DueDate));
        document.Currency = Value(InvoiceFieldNames.Currency);
        document.NetAmount = Amount(Value(InvoiceFieldNames.NetAmount));
        document.TaxAmount = Amount(Value(InvoiceFieldNames.TaxAmount));
        document.TotalAmount = Amount(Value(InvoiceFieldNames.TotalAmount));
        document.PayableAmount = document.TotalAmount;
        if (Date(Value(InvoiceFieldNames.ServiceDate)) is { } serviceDate)
        {
            document.Workspace = new DocumentWorkspace { ServiceDate = serviceDate };
        }

        // Payment accounts and VAT ids printed on a bill are the seller's; on a sales scan they are our own.
        if (document.Direction == Direction.Purchase)
        {
            document.CounterpartyKey = Value(InvoiceFieldNames.SellerVatId) is { } vat ? "vat:" + Compact(vat)
                : Value(InvoiceFieldNames.Cvr) is { } cvr ? "reg:" + Compact(cvr)
                : null;
        }
    }

    private void Record(DocumentRecognition recognition, OcrDocument result)
    {
        recognition.Error = result.Error;
        recognition.Pages = result.Pages.Count;
        recognition.Text = result.Text;
        recognition.CompletedAt = clock.GetUtcNow();
        var pages = result.Pages.DistinctBy(p => p.Number).ToDictionary(p => p.Number);
        recognition.Fields = [.. result.Fields.Select(f => new RecognitionField
        {
            Name = f.Key,
            Value = f.Value.Value,
            Confidence = MathF.Round(f.Value.Confidence, 1),
            Page = f.Value.Page,
            Left = f.Value.Box.Left,
            Top = f.Value.Box.Top,
            Width = f.Value.Box.Width,
            Height = f.Value.Box.Height,
            PageWidth = pages.GetValueOrDefault(f.Value.Page)?.Width ?? 0,
            PageHeight = pages.GetValueOrDefault(f.Value.Page)?.Height ?? 0,
            PageRotation = pages.GetValueOrDefault(f.Value.Page)?.RotationDegrees ?? 0,
        })];
    }

    private static IEnumerable<DocumentReason> FieldReasons(OcrDocument result)
    {
        var missing = _expected.Where(e => !result.Fields.ContainsKey(e.Field)).Select(e => e.Label).ToList();
        if (missing.Count > 0)
        {
            yield return Reason("ocr-missing", $"Not recognised on the page: {string.Join(", ", missing)}. Fill them in from the original.");
        }

        foreach (var (name, field) in result.Fields.Where(f => f.Value.Confidence < DocumentRecognition.ConfidentAt).OrderBy(f => IndexOf(f.Key)))
        {
            var why = field.Confidence < 50 && name is InvoiceFieldNames.SellerVatId or InvoiceFieldNames.Iban or InvoiceFieldNames.Cvr or InvoiceFieldNames.Fik
                ? "its check digits do not fit or the characters were hard to read"
                : field.Confidence < 50 && name is InvoiceFieldNames.NetAmount or InvoiceFieldNames.TaxAmount or InvoiceFieldNames.TotalAmount
                    ? "net plus tax does not give the gross amount, or the digits were hard to read"
                    : "the characters were hard to read";
            yield return Reason("ocr-uncertain",
                $"{Label(name)} '{field.Value}' (page {field.Page}) was recognised with confidence {field.Confidence.ToString("0", CultureInfo.InvariantCulture)} of 100: {why}. Check it against the original.");
        }

        foreach (var page in result.Pages.Where(p => p.Error is not null))
        {
            yield return Reason("ocr-page", $"Page {page.Number}: {page.Error}.");
        }
    }

    private async Task<PartyMatch?> MatchPartyAsync(Document document, IReadOnlyDictionary<string, RecognizedField> fields, List<DocumentReason> reasons, CancellationToken cancellationToken)
    {
        if (document.Direction != Direction.Purchase)
        {
            reasons.Add(Reason("unknown-customer", "OCR does not recognise customers: choose the customer by hand."));
            return null;
        }

        string? Value(string name) => fields.TryGetValue(name, out var field) ? field.Value : null;
        var vatId = Value(InvoiceFieldNames.SellerVatId);
        var cvr = Value(InvoiceFieldNames.Cvr);
        var iban = Value(InvoiceFieldNames.Iban);
        var fik = Value(InvoiceFieldNames.Fik);
        var candidate = new PartyCandidate(
            Name: null,
            VatId: vatId,
            RegistrationId: cvr,
            RegistrationScheme: cvr is null ? null : "0184",
            Ibans: iban is null ? [] : [iban],
            FikCreditorNumbers: FikCreditor(fik) is { } creditor ? [creditor] : [],
            DocumentId: document.Id,
            FindByIban: true);

        // OCR gives no name to create a supplier with: an unknown one stays unknown.
        var match = await parties.MatchAsync(document.TenantId, PartyKind.Supplier, candidate, createWhenUnknown: false, cancellationToken);
        var policy = (await settingsStore.GetAsync(document.TenantId, cancellationToken)).NewBankDetails;
        match = await bankDetails.ApplyAsync(document.TenantId, match, policy, recognised: true, reasons, cancellationToken);
        document.PartyId = match.PartyId;
        document.PartyAccountNumber = match.AccountNumber;
        document.CounterpartyName = match.Name;
        document.PartyMatch = new PartyMatchRecord { Outcome = match.Outcome.ToString(), MatchedBy = match.MatchedBy, Steps = [.. match.Steps], UnknownIban = match.UnknownIban };
        switch (match.Outcome)
        {
            case PartyMatchOutcome.Unknown:
                var recognised = new[] { ("VAT id", vatId), ("CVR", cvr), ("IBAN", iban) }.Where(p => p.Item2 is not null).Select(p => $"{p.Item1} {p.Item2}").ToList();
                reasons.Add(Reason("unknown-supplier", recognised.Count == 0
                    ? "No VAT id, CVR or IBAN was recognised to find the supplier by: choose it by hand."
                    : $"No supplier in the master data has the recognised {string.Join(", ", recognised)}: choose it by hand or add it to the master data."));
                break;
            case PartyMatchOutcome.Conflicting:
                reasons.Add(Reason("conflicting-party", $"A supplier in the master data shares an identifier with the scan but contradicts it ({match.Steps[^1]}): link the right supplier by hand."));
                break;
        }


        return match;
    }

    private async Task FindDuplicatesAsync(Document document, List<DocumentReason> reasons, CancellationToken cancellationToken)
    {
        if (document.CounterpartyKey is not { } key)
        {
            return;
        }

        var others = db.Documents.AsNoTracking()
            .Where(d => d.TenantId == document.TenantId && d.Direction == document.Direction && d.CounterpartyKey == key && d.Id != document.Id && !d.IsCreditNote);
        if (document.NumberKey is { } number
            && await others.Where(d => d.NumberKey == number && !d.IsDuplicate).OrderBy(d => d.ReceivedAt).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken) is { } same)
        {
            document.IsDuplicate = true;
            document.DuplicateOfId = same;
            reasons.Add(Reason("duplicate-number", $"Invoice number {document.InvoiceNumber} was already received from this supplier."));
            return;
        }

        if (document.IssueDate is { } date && document.TotalAmount is { } total
            && await others.Where(d => d.IssueDate == date && d.TotalAmount == total).OrderBy(d => d.ReceivedAt).Select(d => d.InvoiceNumber).FirstOrDefaultAsync(cancellationToken) is { } earlier)
        {
            reasons.Add(Reason("suspected-duplicate", $"Same supplier, amount and date as invoice {earlier}: check that this is not the same invoice."));
        }
    }

    // The FIK payment line is +71<payment id>+<creditor number><; the creditor number identifies the supplier.
    private static string? FikCreditor(string? fik) =>
        fik?.Split('+', StringSplitOptions.RemoveEmptyEntries) is [_, var creditor, ..] ? creditor.TrimEnd('<') : null;

    private static int IndexOf(string name) => InvoiceFieldNames.All.ToList().IndexOf(name);

    private static string Label(string name) => name switch
    {
        InvoiceFieldNames.InvoiceNumber => "Invoice number",
        InvoiceFieldNames.IssueDate => "Invoice date",
        InvoiceFieldNames.ServiceDate => "Service date",
        InvoiceFieldNames.DueDate => "Due date",
        InvoiceFieldNames.Currency => "Currency",
        InvoiceFieldNames.NetAmount => "Net amount",
        InvoiceFieldNames.TaxAmount => "Tax amount",
        InvoiceFieldNames.TotalAmount => "Gross amount",
        InvoiceFieldNames.VatRates => "VAT rates",
        InvoiceFieldNames.SellerVatId => "Seller VAT id",
        InvoiceFieldNames.Iban => "IBAN",
        InvoiceFieldNames.Bic => "BIC",
        InvoiceFieldNames.Cvr => "CVR",
        InvoiceFieldNames.Fik => "FIK payment line",
        _ => "Order reference",
    };

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static decimal? Amount(string? value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount) ? amount : null;

    private static string Compact(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    private static DocumentReason Reason(string code, string message) => new() { Code = code, Message = message };
}
