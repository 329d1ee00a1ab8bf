using System.Globalization;
using static System.FormattableString;
using FluentValidation;
using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Numbering;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Parties.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Settings.UpdateSettings;

/// <summary>
/// Checks and saves a tenant's intake settings and audits each change with its old and new value. This node uses
/// the new values from the next request on; other nodes within <see cref="SettingsCache.Freshness"/>.
/// </summary>
internal sealed class UpdateSettingsHandler(
    SettingsStore store, AuditTrail audit, InvoicesDbContext db, TimeProvider clock, IValidator<SettingsInput> validator, IAccountNumbering numbering)
{
    public async Task<UpdateSettingsResult> HandleAsync(Guid tenantId, string actor, SettingsInput input, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            var errors = validation.Errors.GroupBy(e => e.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().ErrorMessage, StringComparer.Ordinal);
            return new UpdateSettingsResult(errors, []);
        }

        var before = await store.GetAsync(tenantId, cancellationToken);
        var after = before.Copy();
        after.BlockDuplicates = input.BlockDuplicates;
        after.DefaultPaymentStatus = input.DefaultPaymentStatus == "paid" ? PaymentStatus.Paid : PaymentStatus.Unknown;
        after.AutoCreateParties = input.AutoCreateParties;
        after.RequiredFields = [.. input.RequiredFields.Distinct()];
        after.ExcludedTypeCodes = SettingsInputValidator.Split(input.ExcludedTypeCodes);
        after.PurchaseNumberFormat = input.PurchaseNumberFormat.Trim();
        after.SalesNumberFormat = input.SalesNumberFormat.Trim();
        after.OwnIdentifiers = SettingsInputValidator.Split(input.OwnIdentifiers);
        after.InvalidDocuments = input.InvalidDocuments == "queue" ? InvalidDocumentHandling.Queue : InvalidDocumentHandling.Refuse;
        after.HoldBookingAids = input.HoldBookingAids;
        after.KeepRefusedFiles = input.KeepRefusedFiles;
        after.RequireAccountAssignment = input.RequireAccountAssignment;
        after.ClosedPeriods = [.. SettingsInputValidator.Split(input.ClosedPeriods).Order(StringComparer.Ordinal)];
        after.RetentionYears = input.RetentionYears!.Value;
        after.FollowUpEscalationDays = input.FollowUpEscalationDays!.Value;
        after.ArchiveConfidentOcr = input.ArchiveConfidentOcr;
        after.NewBankDetails = input.NewBankDetails switch
        {
            SettingsInput.FlagOnly => NewBankDetailsPolicy.Flag,
            SettingsInput.AddOnConfirmation => NewBankDetailsPolicy.AddOnConfirmation,
            _ => NewBankDetailsPolicy.AddAtOnce,
        };
        var numberingBefore = await numbering.GetAsync(tenantId, cancellationToken);
        var numberingAfter = new AccountNumbering(input.AccountNumberLength!.Value,
            input.CustomerRangeFrom!.Value, input.CustomerRangeTo!.Value, input.SupplierRangeFrom!.Value, input.SupplierRangeTo!.Value);

        var changes = Describe(before, after, numberingBefore, numberingAfter);
        if (changes.Count == 0)
        {
            return new UpdateSettingsResult(new Dictionary<string, string>(), []);
        }

        // Two modules, two stores: the party numbering is saved first, so a failure in between leaves the intake settings as they were.
        if (numberingAfter != numberingBefore)
        {
            await numbering.SaveAsync(tenantId, numberingAfter, cancellationToken);
        }

        await store.SaveAsync(after, cancellationToken);
        foreach (var change in changes)
        {
            await audit.RecordAsync(tenantId, actor, "settings.changed", change, cancellationToken);
        }

        return new UpdateSettingsResult(new Dictionary<string, string>(), changes);
    }

    /// <summary>Only the tenant's own identifiers (the tenants page), audited like any other setting.</summary>
    public async Task<UpdateSettingsResult> SetOwnIdentifiersAsync(Guid tenantId, string actor, string identifiers, CancellationToken cancellationToken)
    {
        return await HandleAsync(tenantId, actor, await CurrentAsync(tenantId, cancellationToken) with { OwnIdentifiers = identifiers }, cancellationToken);
    }

    /// <summary>The tenant's saved settings, with its party account numbering, as the form shows them.</summary>
    public async Task<SettingsInput> CurrentAsync(Guid tenantId, CancellationToken cancellationToken) =>
        InputFrom(await store.GetAsync(tenantId, cancellationToken), await numbering.GetAsync(tenantId, cancellationToken));

    private static SettingsInput InputFrom(InvoiceSettings settings, AccountNumbering numbers) => new(
        settings.BlockDuplicates,
        settings.DefaultPaymentStatus.ToString().ToLowerInvariant(),
        settings.AutoCreateParties,
        settings.RequiredFields,
        string.Join(", ", settings.ExcludedTypeCodes),
        settings.PurchaseNumberFormat,
        settings.SalesNumberFormat,
        string.Join(", ", settings.OwnIdentifiers),
        settings.InvalidDocuments.ToString().ToLowerInvariant(),
        settings.HoldBookingAids,
        settings.KeepRefusedFiles,
        settings.RequireAccountAssignment,
        string.Join(", ", settings.ClosedPeriods),
        settings.RetentionYears,
        settings.FollowUpEscalationDays,
        settings.ArchiveConfidentOcr,
        settings.NewBankDetails switch
        {
            NewBankDetailsPolicy.Flag => SettingsInput.FlagOnly,
            NewBankDetailsPolicy.AddOnConfirmation => SettingsInput.AddOnConfirmation,
            _ => SettingsInput.AddAtOnce,
        },
        numbers.Length,
        numbers.CustomerFrom,
        numbers.CustomerTo,
        numbers.SupplierFrom,
        numbers.SupplierTo);

    /// <summary>The number the next archived document of this direction would get this year.</summary>
    public async Task<string> PreviewNextNumberAsync(Guid tenantId, Direction direction, string pattern, CancellationToken cancellationToken)
    {
        var year = clock.GetUtcNow().Year;
        var next = await db.NumberSequences.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.Direction == direction && s.Year == year)
            .Select(s => (long?)s.NextValue)
            .SingleOrDefaultAsync(cancellationToken) ?? 1;
        return InternalNumberFormat.Problem(pattern) is null ? InternalNumberFormat.Format(pattern, year, next) : "";
    }

    private static List<string> Describe(InvoiceSettings before, InvoiceSettings after, AccountNumbering numbersBefore, AccountNumbering numbersAfter)
    {
        var changes = new List<string>();
        void Compare(string name, string old, string @new)
        {
            if (old != @new)
            {
                changes.Add($"{name}: '{old}' -> '{@new}'");
            }
        }

        Compare("block duplicates", Yes(before.BlockDuplicates), Yes(after.BlockDuplicates));
        Compare("default payment status", before.DefaultPaymentStatus.ToString().ToLowerInvariant(), after.DefaultPaymentStatus.ToString().ToLowerInvariant());
        Compare("auto-create parties", Yes(before.AutoCreateParties), Yes(after.AutoCreateParties));
        Compare("required fields", string.Join(", ", before.RequiredFields), string.Join(", ", after.RequiredFields));
        Compare("document types not imported", string.Join(", ", before.ExcludedTypeCodes), string.Join(", ", after.ExcludedTypeCodes));
        Compare("purchase number format", before.PurchaseNumberFormat, after.PurchaseNumberFormat);
        Compare("sales number format", before.SalesNumberFormat, after.SalesNumberFormat);
        Compare("own identifiers", string.Join(", ", before.OwnIdentifiers), string.Join(", ", after.OwnIdentifiers));
        Compare("invalid documents", before.InvalidDocuments.ToString().ToLowerInvariant(), after.InvalidDocuments.ToString().ToLowerInvariant());
        Compare("hold booking aids", Yes(before.HoldBookingAids), Yes(after.HoldBookingAids));
        Compare("keep refused files", Yes(before.KeepRefusedFiles), Yes(after.KeepRefusedFiles));
        Compare("require account assignment", Yes(before.RequireAccountAssignment), Yes(after.RequireAccountAssignment));
        Compare("closed booking periods", string.Join(", ", before.ClosedPeriods), string.Join(", ", after.ClosedPeriods));
        Compare("retention years", before.RetentionYears.ToString(CultureInfo.InvariantCulture), after.RetentionYears.ToString(CultureInfo.InvariantCulture));
        Compare("follow-up escalation days", before.FollowUpEscalationDays.ToString(CultureInfo.InvariantCulture), after.FollowUpEscalationDays.ToString(CultureInfo.InvariantCulture));
        Compare("archive confident OCR", Yes(before.ArchiveConfidentOcr), Yes(after.ArchiveConfidentOcr));
        Compare("new bank details", Policy(before.NewBankDetails), Policy(after.NewBankDetails));
        Compare("account number length", Invariant($"{numbersBefore.Length}"), Invariant($"{numbersAfter.Length}"));
        Compare("customer account range", Invariant($"{numbersBefore.CustomerFrom}-{numbersBefore.CustomerTo}"), Invariant($"{numbersAfter.CustomerFrom}-{numbersAfter.CustomerTo}"));
        Compare("supplier account range", Invariant($"{numbersBefore.SupplierFrom}-{numbersBefore.SupplierTo}"), Invariant($"{numbersAfter.SupplierFrom}-{numbersAfter.SupplierTo}"));
        return changes;
    }

    private static string Policy(NewBankDetailsPolicy policy) => policy switch
    {
        NewBankDetailsPolicy.Flag => "flag only",
        NewBankDetailsPolicy.AddOnConfirmation => "add once confirmed",
        _ => "add at once",
    };

    private static string Yes(bool value) => value ? "yes" : "no";
}
