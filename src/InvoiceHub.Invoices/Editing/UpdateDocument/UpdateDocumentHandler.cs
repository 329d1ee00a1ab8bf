using System.Globalization;
using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Editing.ArchiveDocument;
using InvoiceHub.Invoices.Intake;
using InvoiceHub.Invoices.MasterData;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Settings;
using InvoiceHub.Parties.Contracts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InvoiceHub.Invoices.Editing.UpdateDocument;

/// <summary>
/// Saves the invoice form of an in-progress document (it stays in the queue): fields, dates with their defaults,
/// the account assignment with tax from the tenant's tax keys. The input is validated by <see cref="UpdateDocumentValidator"/>
/// before; this handler checks what needs the database (closed periods, tax keys, a number taken by another invoice,
/// the party a person links). Empty due and cash-discount dates follow the linked party's payment terms.
/// </summary>
internal sealed class UpdateDocumentHandler(
    InvoicesDbContext db, SettingsStore settingsStore, IPartyDirectory parties, IPartyBankDetails bankDetails, TimeProvider clock)
{
    public async Task<EditOutcome> HandleAsync(DocumentActor actor, Guid id, UpdateDocumentInput input, CancellationToken cancellationToken)
    {
        var (document, refusal) = await InProgressDocument.FindAsync(db, actor, id, cancellationToken);
        if (document is null)
        {
            return refusal!;
        }

        var settings = await settingsStore.GetAsync(actor.TenantId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var period = input.BookingPeriod is { Length: > 0 } chosen ? chosen : input.IssueDate?.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (period is not null && settings.ClosedPeriods.Contains(period))
        {
            errors["BookingPeriod"] = [$"The booking period {period} is closed."];
        }

        var taxKeys = await db.MasterData.AsNoTracking().Where(m => m.TenantId == actor.TenantId && m.Kind == MasterDataKind.TaxKey)
            .ToDictionaryAsync(m => m.Code, m => m.Rate, cancellationToken);
        var lines = new List<AssignmentLine>();
        foreach (var (line, index) in input.Lines.Select((l, i) => (l, i)).Where(x => !x.l.IsBlank))
        {
            decimal? rate = null;
            if (line.TaxKey is { Length: > 0 } key && !taxKeys.TryGetValue(key, out rate))
            {
                errors[$"Lines[{index}].TaxKey"] = [$"There is no tax key '{key}' in this tenant's master data."];
            }

            var net = line.NetAmount ?? 0m;
            lines.Add(new AssignmentLine
            {
                GlAccount = line.GlAccount!.Trim(),
                CostCentre = Blank(line.CostCentre),
                NetAmount = net,
                TaxKey = Blank(line.TaxKey),
                TaxRate = rate,
                TaxAmount = rate is { } r ? Math.Round(net * r / 100m, 2, MidpointRounding.AwayFromZero) : null,
                BookingText = Blank(line.BookingText),
            });
        }

        var party = await LinkedPartyAsync(actor, document, input, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return EditOutcome.Invalid(errors);
        }

        var confirmedBefore = document.Workspace?.BankDetailsConfirmed == true;
        var changed = Apply(document, input, lines, period, settings);
        if (party is not null)
        {
            ApplyParty(document, input, party, actor, changed);
        }

        // A person has checked the IBAN the party did not have: the tenant's bank-details policy may add it to the party now.
        if (input.ConfirmBankDetails && !confirmedBefore && settings.NewBankDetails != NewBankDetailsPolicy.Flag
            && document is { PartyMatch.UnknownIban: { } iban, PartyId: { } partyId }
            && await bankDetails.AddIbanAsync(actor.TenantId, partyId, iban, cancellationToken))
        {
            changed.Add($"IBAN {iban} added to the party {document.PartyAccountNumber} {document.CounterpartyName}".TrimEnd());
        }

        db.Audit.Add(AuditTrail.Entry(document, actor.Name, "updated", changed.Count == 0 ? null : string.Join(", ", changed), clock));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return EditOutcome.Invalid(new Dictionary<string, string[]>
            {
                ["InvoiceNumber"] = ["Another invoice of this party already has this number."],
            });
        }

        return EditOutcome.Done(document);
    }

    // The party the form names, when it is not the one already linked: it must be the tenant's, of the right kind.
    private async Task<PartySummary?> LinkedPartyAsync(DocumentActor actor, Document document, UpdateDocumentInput input, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (input.PartyId is not { } partyId || (partyId == document.PartyId && input.DueDate is not null))
        {
            return null;
        }

        var kind = document.Direction == Direction.Sales ? PartyKind.Customer : PartyKind.Supplier;
        var party = await parties.GetAsync(actor.TenantId, partyId, cancellationToken);
        if (party is null || party.Kind != kind)
        {
            errors[nameof(UpdateDocumentInput.PartyId)] = [$"There is no {(kind == PartyKind.Customer ? "customer" : "supplier")} with this id in this tenant's master data."];
            return null;
        }

        return party;
    }

    private void ApplyParty(Document document, UpdateDocumentInput input, PartySummary party, DocumentActor actor, List<string> changed)
    {
        if (party.Id != document.PartyId)
        {
            var before = document.PartyAccountNumber ?? document.PartyId?.ToString() ?? "none";
            // The name follows the chosen party unless the person also typed a different one.
            if (document.CounterpartyName is null || document.CounterpartyName == Blank(input.CounterpartyName))
            {
                document.CounterpartyName = party.Name;
            }

            PartyLink.Apply(document, party.Id, party.AccountNumber, "chosen-by-hand",
                $"{actor.Name} linked {party.AccountNumber} {party.Name} by hand (before: {before}) on {clock.GetUtcNow():yyyy-MM-dd}");
            changed.Add($"party {party.AccountNumber} {party.Name}".TrimEnd());
        }

        // Payment terms from the party master: dates nobody entered are computed from the invoice date.
        if (party.PaymentTerms is { } terms && document.IssueDate is { } issued)
        {
            if (input.DueDate is null && terms.DueDate(issued) is { } due)
            {
                document.DueDate = due;
                changed.Add("due date from the party's payment terms");
            }

            if (input.CashDiscountDate is null && terms.CashDiscountDate(issued) is { } discount && document.Workspace is { } workspace)
            {
                workspace.CashDiscountDate = discount;
                changed.Add("cash-discount date from the party's payment terms");
            }
        }

        document.Reasons = [.. document.Reasons.Where(r => r.Code != "missing-due-date" || document.DueDate is null)];
    }

    private List<string> Apply(Document document, UpdateDocumentInput input, List<AssignmentLine> lines, string? period, InvoiceSettings settings)
    {
        var changed = new List<string>();
        void Set<T>(string name, T current, T value, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                assign(value);
                changed.Add(name);
            }
        }

        Set("invoice number", document.InvoiceNumber, Blank(input.InvoiceNumber), v =>
        {
            document.InvoiceNumber = v;
            document.NumberKey = DocumentFacts.NormaliseNumber(v);
        });
        Set("type", document.IsCreditNote, input.IsCreditNote, v => document.IsCreditNote = v);
        Set("invoice date", document.IssueDate, input.IssueDate, v => document.IssueDate = v);
        Set("due date", document.DueDate, input.DueDate, v => document.DueDate = v);
        Set("party name", document.CounterpartyName, Blank(input.CounterpartyName), v => document.CounterpartyName = v);
        Set("currency", document.Currency, Blank(input.Currency), v => document.Currency = v);
        Set("net", document.NetAmount, input.NetAmount, v => document.NetAmount = v);
        Set("tax", document.TaxAmount, input.TaxAmount, v => document.TaxAmount = v);
        Set("gross", document.TotalAmount, input.TotalAmount, v => document.TotalAmount = v);

        var before = document.Workspace;
        var issueYear = (input.IssueDate ?? DateOnly.FromDateTime(document.ReceivedAt.UtcDateTime)).Year;
        document.Workspace = new DocumentWorkspace
        {
            ServiceDate = input.ServiceDate ?? input.IssueDate,
            ReceiptDate = input.ReceiptDate ?? DateOnly.FromDateTime(document.ReceivedAt.UtcDateTime),
            BookingPeriod = period,
            PaymentBlock = input.PaymentBlock,
            BankDetailsConfirmed = input.ConfirmBankDetails || before?.BankDetailsConfirmed == true,
            CashDiscountDate = input.CashDiscountDate,
            Remarks = Blank(input.Remarks),
            RetainUntil = input.RetainUntil ?? new DateOnly(issueYear + settings.RetentionYears, 12, 31),
            Lines = lines,
        };
        if (input.ConfirmBankDetails && before?.BankDetailsConfirmed != true)
        {
            changed.Add("bank details confirmed");
        }

        changed.Add($"account assignment ({lines.Count} lines)");

        // Missing values a person has now filled in no longer keep the document waiting.
        var missing = ArchiveReadiness.Problems(document, settings);
        document.Reasons = [.. document.Reasons.Where(r => !r.Code.StartsWith("missing-", StringComparison.Ordinal) || StillMissing(r.Code, missing))];
        return changed;
    }

    private static bool StillMissing(string code, Dictionary<string, string[]> problems) => code switch
    {
        "missing-number" => problems.ContainsKey("InvoiceNumber"),
        "missing-issue-date" => problems.ContainsKey("IssueDate"),
        "missing-due-date" => problems.ContainsKey("DueDate"),
        "missing-currency" => problems.ContainsKey("Currency"),
        "missing-counterparty" => problems.ContainsKey("CounterpartyName"),
        "missing-totals" => problems.ContainsKey("TotalAmount"),
        _ => true,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
