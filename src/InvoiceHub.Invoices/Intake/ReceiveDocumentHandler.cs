using System.Security.Cryptography;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Validation;
using InvoiceHub.Invoices.Archive.SearchArchive;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.IntakeLog;
using InvoiceHub.Invoices.Numbering;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Recognition.ReceiveScan;
using InvoiceHub.Invoices.Settings;
using InvoiceHub.Invoices.Storage;
using InvoiceHub.Parties.Contracts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InvoiceHub.Invoices.Intake;

/// <summary>
/// The intake pipeline: read -> validate -> refuse what the tenant does not import -> duplicates -> party matching
/// -> completeness -> store the original -> archive or queue: the record, its audit entries and (archived) its number in
/// one statement, so a crash leaves either nothing or the complete record.
/// </summary>
internal sealed class ReceiveDocumentHandler(
    InvoicesDbContext db,
    IDocumentStore store,
    IPartyMatcher parties,
    SettingsStore settingsStore,
    IntakeDatabase intake,
    IntakeLogWriter intakeLog,
    ScanIntake scans,
    BankDetailsPolicy bankDetails,
    IntakeActivity activity,
    TimeProvider clock)
{
    public async Task<ReceiveOutcome> HandleAsync(ReceiveDocumentCommand command, CancellationToken cancellationToken)
    {
        using var receiving = activity.Begin();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(command.Content));
        var outcome = await ReadAndReceiveAsync(command, sha256, cancellationToken);
        if (!outcome.IsRefusal)
        {
            return outcome;
        }

        // A resend of bytes received before gets that document back, even where today they would be refused.
        if (outcome.Kind is ReceiveOutcomeKind.Unreadable or ReceiveOutcomeKind.Invalid or ReceiveOutcomeKind.Refused
            && await FindSameBytesAsync(command.TenantId, sha256, cancellationToken) is { } earlier)
        {
            return SameBytes(command, earlier);
        }

        await intakeLog.RecordAsync(new IntakeRefusalRecord(
            command.TenantId, command.Actor, command.Channel, outcome.RefusalKind ?? RefusalKinds.Unreadable, outcome.Title ?? "Refused",
            outcome.Detail, command.FileName, command.ContentType, command.Content, InvoiceNumber: outcome.InvoiceNumber,
            PartyName: outcome.PartyName, ExistingDocumentId: outcome.ExistingDocumentId), cancellationToken);
        return outcome;
    }

    private async Task<ReceiveOutcome> ReadAndReceiveAsync(ReceiveDocumentCommand command, string sha256, CancellationToken cancellationToken)
    {
        // Scans (images, PDFs without invoice XML) are read by OCR in a job: stored now, answered 202.
        if (ScanIntake.ImageKindOf(command.Content) is { } image)
        {
            return await scans.ReceiveAsync(command, image, sha256, cancellationToken);
        }

        var validation = InvoiceValidator.Validate(command.Content);
        if (validation.Read.Error is { Kind: ReadErrorKind.NoStructuredData })
        {
            return await scans.ReceiveAsync(command, ScanKind.Pdf, sha256, cancellationToken);
        }

        if (validation.Read.Invoice is not { } invoice || validation.Result is not { } verdict)
        {
            var error = validation.Read.Error;
            return new ReceiveOutcome(ReceiveOutcomeKind.Unreadable, Title: "Unreadable document",
                Detail: error is null ? "The document could not be read." : error.ToString(), RefusalKind: RefusalKinds.Unreadable);
        }

        var format = invoice.Format;
        var settings = await settingsStore.GetAsync(command.TenantId, cancellationToken);
        // A tenant may keep invalid documents for a person to decide on (reason "invalid"); by default they are refused.
        if (!verdict.IsValid && settings.InvalidDocuments == InvalidDocumentHandling.Refuse)
        {
            return new ReceiveOutcome(ReceiveOutcomeKind.Invalid, Title: "Invalid e-invoice",
                Detail: $"{verdict.FatalRuleIds.Count()} rule(s) of {verdict.RuleSet} failed: {string.Join(", ", verdict.FatalRuleIds)}.",
                Findings: verdict.Findings, Syntax: format.SyntaxName, Profile: format.Profile, RefusalKind: RefusalKinds.Invalid,
                InvoiceNumber: invoice.Number, PartyName: invoice.Seller.Name ?? invoice.Seller.TradingName);
        }

        if (invoice.TypeCode is { } typeCode && settings.ExcludedTypeCodes.Contains(typeCode))
        {
            return ReceiveOutcome.Refused(RefusalKinds.RefusedType, "Document type not imported", ExcludedTypeMessage(typeCode), invoice);
        }

        var derived = DirectionOf(invoice, settings);
        var direction = command.Direction ?? derived;
        if (direction is null)
        {
            return ReceiveOutcome.Refused(RefusalKinds.UnknownDirection, "Direction unknown",
                "Neither seller nor buyer is one of this tenant's own identifiers; send direction=purchase or direction=sales.", invoice);
        }

        var mismatch = command.Direction is { } stated ? DirectionMismatch(invoice, settings, stated) : null;
        return await ReceiveAsync(command, invoice, verdict, settings, direction.Value, sha256, cancellationToken, directionMismatch: mismatch);
    }

    private async Task<ReceiveOutcome> ReceiveAsync(
        ReceiveDocumentCommand command, Invoice invoice, ValidationResult verdict, InvoiceSettings settings,
        Direction direction, string sha256, CancellationToken cancellationToken, bool knownDuplicate = false, string? directionMismatch = null)
    {
        // The id exists before the record so that a party created from this document can point back to it.
        var documentId = Guid.CreateVersion7();
        var facts = DocumentFacts.From(invoice, direction, documentId);
        var earlier = await intake.FindEarlierAsync(command.TenantId, sha256, direction, facts, invoice.IssueDate, invoice.IsCreditNote, cancellationToken);
        if (earlier.SameBytes is { } sameBytes)
        {
            return SameBytes(command, await db.Documents.AsNoTracking().SingleAsync(d => d.Id == sameBytes, cancellationToken));
        }

        var reasons = new List<DocumentReason>();
        if (directionMismatch is not null)
        {
            reasons.Add(Reason("direction-mismatch", directionMismatch));
        }

        if (invoice.IsBookingAidOnly && settings.HoldBookingAids)
        {
            reasons.Add(Reason("booking-aid-only",
                $"{invoice.Format.Profile} is a booking aid, not an invoice under EN 16931: the PDF is the invoice. Check it against the PDF before archiving."));
        }

        if (!verdict.IsValid)
        {
            reasons.Add(Reason("invalid",
                $"{verdict.FatalRuleIds.Count()} rule(s) of {verdict.RuleSet} failed: {string.Join(", ", verdict.FatalRuleIds)}. A person decides whether to archive it anyway."));
        }

        Guid? duplicateOf = null;
        if (earlier.SameNumber is not null || knownDuplicate)
        {
            if (settings.BlockDuplicates)
            {
                return DuplicateOutcome(facts, earlier.SameNumber);
            }

            duplicateOf = earlier.SameNumber;
            reasons.Add(Reason("duplicate-number",
                $"Invoice number {facts.Number} was already received from this {CounterpartyWord(direction)}."));
        }
        else if (earlier.SuspectedDuplicate is { } suspected)
        {
            reasons.Add(Reason("suspected-duplicate",
                $"Same {CounterpartyWord(direction)}, amount and date as invoice {suspected.InvoiceNumber}: check that this is not the same invoice."));
        }

        var kind = direction == Direction.Purchase ? PartyKind.Supplier : PartyKind.Customer;
        var match = await parties.MatchAsync(command.TenantId, kind, facts.Candidate, settings.AutoCreateParties, cancellationToken);
        if (match.Outcome == PartyMatchOutcome.Unknown)
        {
            reasons.Add(Reason($"unknown-{CounterpartyWord(direction)}",
                $"No {CounterpartyWord(direction)} in the master data matches {facts.CounterpartyName ?? "the document's party"}"
                + (settings.AutoCreateParties ? " unambiguously." : ", and creating parties from documents is switched off.")));
        }

        if (match.Outcome == PartyMatchOutcome.Conflicting)
        {
            reasons.Add(Reason("conflicting-party",
                $"A {CounterpartyWord(direction)} in the master data shares an identifier with {facts.CounterpartyName ?? "the document's party"}"
                + $" but contradicts it ({match.Steps[^1]}): link the right {CounterpartyWord(direction)} by hand."));
        }

        match = await bankDetails.ApplyAsync(command.TenantId, match, settings.NewBankDetails, recognised: false, reasons, cancellationToken);

        reasons.AddRange(Completeness.Check(invoice, facts, match, settings));
        var numberFormat = direction == Direction.Purchase ? settings.PurchaseNumberFormat : settings.SalesNumberFormat;
        if (InternalNumberFormat.Problem(numberFormat) is { } formatProblem)
        {
            // A tenant setting gone wrong must not fail every intake: the invoice waits until an admin fixes it.
            reasons.Add(Reason("internal-number-format", formatProblem));
        }

        var document = new Document
        {
            Id = documentId,
            TenantId = command.TenantId,
            Direction = direction,
            Status = reasons.Count == 0 ? DocumentStatus.Archived : DocumentStatus.InProgress,
            PaymentStatus = command.PaymentStatus ?? settings.DefaultPaymentStatus,
            ExternalId = command.ExternalId,
            Sha256 = sha256,
            Size = command.Content.LongLength,
            ContentType = ContentTypeOf(command.Content, command.ContentType),
            Syntax = invoice.Format.SyntaxName,
            Profile = invoice.Format.Profile,
            TypeCode = invoice.TypeCode,
            IsCreditNote = invoice.IsCreditNote,
            IsBookingAidOnly = invoice.IsBookingAidOnly,
            InvoiceNumber = invoice.Number,
            NumberKey = facts.NumberKey,
            IssueDate = invoice.IssueDate,
            DueDate = invoice.DueDate,
            Currency = invoice.CurrencyCode,
            NetAmount = facts.NetAmount,
            TaxAmount = facts.TaxAmount,
            TotalAmount = facts.TotalAmount,
            PayableAmount = facts.PayableAmount,
            CounterpartyName = facts.CounterpartyName,
            CounterpartyKey = facts.CounterpartyKey,
            SearchText = SearchText.From(invoice),
            PartyId = match.PartyId,
            PartyAccountNumber = match.AccountNumber,
            PartyMatch = new PartyMatchRecord { Outcome = match.Outcome.ToString(), MatchedBy = match.MatchedBy, Steps = [.. match.Steps], UnknownIban = match.UnknownIban },
            IsDuplicate = duplicateOf is not null || knownDuplicate,
            DuplicateOfId = duplicateOf,
            Reasons = reasons,
            Findings = [.. verdict.Findings.Select(ToRecord)],
            ReceivedBy = command.Actor,
            ReceivedAt = IntakeDatabase.Stored(clock.GetUtcNow()),
        };

        // The original is durable before the record that points to it commits.
        await store.PutAsync(sha256, command.Content, cancellationToken);

        try
        {
            var received = $"{document.Profile}, {command.Content.Length} bytes";
            if (document.Status == DocumentStatus.Archived)
            {
                await intake.RecordArchivedAsync(document, received, numberFormat, IntakeDatabase.Stored(clock.GetUtcNow()), cancellationToken);
            }
            else
            {
                await intake.RecordQueuedAsync(document, received, string.Join("; ", reasons.Select(r => r.Code)));
            }

            return ReceiveOutcome.Stored(document);
        }
        catch (PostgresException unique) when (unique.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // A concurrent request won the race; the unique indexes decide, never the earlier reads.
            if (unique.ConstraintName == InvoicesDbContext.SameBytesIndex
                && await FindSameBytesAsync(command.TenantId, sha256, cancellationToken) is { } winner)
            {
                return SameBytes(command, winner);
            }

            if (unique.ConstraintName == InvoicesDbContext.DuplicateNumberIndex && !knownDuplicate)
            {
                return await ReceiveAsync(command, invoice, verdict, settings, direction, sha256, cancellationToken, knownDuplicate: true, directionMismatch);
            }

            throw;
        }
    }

    private ReceiveOutcome DuplicateOutcome(DocumentFacts facts, Guid? existing) =>
        new(ReceiveOutcomeKind.Duplicate, Title: "Duplicate invoice",
            Detail: $"Invoice number {facts.Number} from {facts.CounterpartyName ?? "this party"} was already received"
                + (existing is null ? "." : $" as document {existing}.") + " This tenant blocks duplicates.",
            ExistingDocumentId: existing, RefusalKind: RefusalKinds.Duplicate, InvoiceNumber: facts.Number, PartyName: facts.CounterpartyName);

    /// <summary>
    /// A resend of bytes received before answers that document, unless it states metadata the earlier one does not have:
    /// silently keeping the first direction, payment status or external id would lose what the sender meant.
    /// </summary>
    private static ReceiveOutcome SameBytes(ReceiveDocumentCommand command, Document earlier)
    {
        var differences = new List<string>();
        if (command.Direction is { } direction && direction != earlier.Direction)
        {
            differences.Add($"direction {Lower(direction)} (was {Lower(earlier.Direction)})");
        }

        if (command.PaymentStatus is { } paymentStatus && paymentStatus != earlier.PaymentStatus)
        {
            differences.Add($"payment status {Lower(paymentStatus)} (was {Lower(earlier.PaymentStatus)})");
        }

        if (command.ExternalId is { } externalId && externalId != earlier.ExternalId)
        {
            differences.Add($"external id '{externalId}' (was {(earlier.ExternalId is null ? "none" : $"'{earlier.ExternalId}'")})");
        }

        return differences.Count == 0
            ? ReceiveOutcome.Existing(earlier)
            : new ReceiveOutcome(ReceiveOutcomeKind.ResentWithOtherMetadata, Title: "Already received with other metadata",
                Detail: $"These exact bytes were received before as document {earlier.Id}; this request states {string.Join(", ", differences)}."
                    + " Change the earlier document instead of sending it again.",
                ExistingDocumentId: earlier.Id);
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    // What the bytes are decides, not what the sender declared: a PDF posted as XML is served back as the PDF it is.
    private static string ContentTypeOf(byte[] content, string declared) =>
        content.AsSpan().StartsWith("%PDF-"u8) ? "application/pdf"
        : declared.Contains("pdf", StringComparison.OrdinalIgnoreCase) ? "application/xml"
        : declared;

    private Task<Document?> FindSameBytesAsync(Guid tenantId, string sha256, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.TenantId == tenantId && d.Sha256 == sha256, cancellationToken);

    private static Direction? DirectionOf(Invoice invoice, InvoiceSettings settings)
    {
        if (settings.OwnIdentifiers.Count == 0)
        {
            return null;
        }

        var own = settings.OwnIdentifiers.Select(Normalise).ToHashSet();
        bool IsOwn(Party party) =>
            new[] { party.VatId?.Value, party.LegalRegistrationId?.Value, party.ElectronicAddress?.Value }
                .Concat(party.Identifiers.Select(i => i.Value))
                .Any(value => value is not null && own.Contains(Normalise(value)));

        return IsOwn(invoice.Seller) ? Direction.Sales : IsOwn(invoice.Buyer) ? Direction.Purchase : null;
    }

    /// <summary>
    /// Why a stated direction contradicts the tenant's own identifiers: a purchase whose buyer, or a sale whose seller,
    /// states identifiers none of which is ours, or whose other side is us. Null when nothing contradicts it (also when
    /// the tenant has no own identifiers, or the party states none).
    /// </summary>
    private static string? DirectionMismatch(Invoice invoice, InvoiceSettings settings, Direction stated)
    {
        if (settings.OwnIdentifiers.Count == 0)
        {
            return null;
        }

        var own = settings.OwnIdentifiers.Select(Normalise).ToHashSet();
        var (us, them, role, otherRole) = stated == Direction.Purchase
            ? (invoice.Buyer, invoice.Seller, "buyer", "seller")
            : (invoice.Seller, invoice.Buyer, "seller", "buyer");
        var ours = IdentifiersOf(us).ToList();
        if (IdentifiersOf(them).Any(own.Contains) && !ours.Any(own.Contains))
        {
            return $"Sent as {Lower(stated)}, but the {otherRole} is this tenant and the {role} is not: check the direction.";
        }

        return ours.Count > 0 && !ours.Any(own.Contains)
            ? $"Sent as {Lower(stated)}, but none of the {role}'s identifiers ({string.Join(", ", ours)}) is one of this tenant's own: check the direction."
            : null;

        static IEnumerable<string> IdentifiersOf(Party party) =>
            new[] { party.VatId?.Value, party.LegalRegistrationId?.Value, party.ElectronicAddress?.Value }
                .Concat(party.Identifiers.Select(i => i.Value))
                .OfType<string>()
                .Select(Normalise)
                .Where(value => value.Length > 0);
    }

    private static string Normalise(string value) => string.Concat(value.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    private static string ExcludedTypeMessage(string typeCode) => typeCode switch
    {
        "325" => "Pro-forma invoices (type code 325) are not imported: they are not invoices. Send the final invoice instead.",
        "386" => "Down-payment invoices (type code 386) are not imported. Send the final invoice, which settles the down payments.",
        _ => $"Documents of type code {typeCode} are not imported by this tenant's settings.",
    };

    private static string CounterpartyWord(Direction direction) => direction == Direction.Purchase ? "supplier" : "customer";

    private static DocumentReason Reason(string code, string message) => new() { Code = code, Message = message };

    private static DocumentFinding ToRecord(Finding finding) => new()
    {
        Rule = finding.Rule,
        Severity = finding.Severity.ToString().ToLowerInvariant(),
        Message = finding.Message,
        Location = finding.Location,
    };

}
