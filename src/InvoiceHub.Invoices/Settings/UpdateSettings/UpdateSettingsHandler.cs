using System.Globalization;
using System.Text.RegularExpressions;
using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Numbering;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Settings.UpdateSettings;

/// <summary>
/// Checks and saves a tenant's intake settings and audits each change with its old and new value. This node uses
/// the new values from the next request on; other nodes within <see cref="SettingsCache.Freshness"/>.
/// </summary>
internal sealed partial class UpdateSettingsHandler(SettingsStore store, AuditTrail audit, InvoicesDbContext db, TimeProvider clock)
{
    public async Task<UpdateSettingsResult> HandleAsync(Guid tenantId, string actor, SettingsInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        PaymentStatus? paymentStatus = input.DefaultPaymentStatus switch
        {
            "unknown" => PaymentStatus.Unknown,
            "paid" => PaymentStatus.Paid,
            _ => null,
        };
        if (paymentStatus is null)
        {
            errors[nameof(input.DefaultPaymentStatus)] = "Choose 'unknown' or 'paid'.";
        }

        var unknownFields = input.RequiredFields.Except([.. RequiredField.All, RequiredField.DueDate]).ToList();
        if (unknownFields.Count > 0)
        {
            errors[nameof(input.RequiredFields)] = $"Unknown field(s): {string.Join(", ", unknownFields)}.";
        }

        var typeCodes = Split(input.ExcludedTypeCodes);
        if (typeCodes.FirstOrDefault(code => !TypeCode().IsMatch(code)) is { } badCode)
        {
            errors[nameof(input.ExcludedTypeCodes)] = $"'{badCode}' is not a document type code (UNTDID 1001: three digits, such as 325).";
        }

        foreach (var (field, pattern) in new[] { (nameof(input.PurchaseNumberFormat), input.PurchaseNumberFormat), (nameof(input.SalesNumberFormat), input.SalesNumberFormat) })
        {
            if (InternalNumberFormat.Problem(pattern?.Trim()) is { } problem)
            {
                errors[field] = problem;
            }
        }

        var identifiers = Split(input.OwnIdentifiers);
        if (identifiers.FirstOrDefault(id => id.Length > 50 || !Identifier().IsMatch(id)) is { } badId)
        {
            errors[nameof(input.OwnIdentifiers)] = $"'{badId}' is not a VAT id, registration id or GLN (letters and digits, up to 50).";
        }

        if (errors.Count > 0)
        {
            return new UpdateSettingsResult(errors, []);
        }

        var before = await store.GetAsync(tenantId, cancellationToken);
        var after = before.Copy();
        after.BlockDuplicates = input.BlockDuplicates;
        after.DefaultPaymentStatus = paymentStatus!.Value;
        after.AutoCreateParties = input.AutoCreateParties;
        after.RequiredFields = [.. input.RequiredFields.Distinct()];
        after.ExcludedTypeCodes = typeCodes;
        after.PurchaseNumberFormat = input.PurchaseNumberFormat.Trim();
        after.SalesNumberFormat = input.SalesNumberFormat.Trim();
        after.OwnIdentifiers = identifiers;

        var changes = Describe(before, after);
        if (changes.Count == 0)
        {
            return new UpdateSettingsResult(errors, []);
        }

        await store.SaveAsync(after, cancellationToken);
        foreach (var change in changes)
        {
            await audit.RecordAsync(tenantId, actor, "settings.changed", change, cancellationToken);
        }

        return new UpdateSettingsResult(errors, changes);
    }

    /// <summary>Only the tenant's own identifiers (the tenants page), audited like any other setting.</summary>
    public async Task<UpdateSettingsResult> SetOwnIdentifiersAsync(Guid tenantId, string actor, string identifiers, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(tenantId, cancellationToken);
        return await HandleAsync(tenantId, actor, InputFrom(current) with { OwnIdentifiers = identifiers }, cancellationToken);
    }

    /// <summary>The saved settings as the form shows them.</summary>
    public static SettingsInput InputFrom(InvoiceSettings settings) => new(
        settings.BlockDuplicates,
        settings.DefaultPaymentStatus.ToString().ToLowerInvariant(),
        settings.AutoCreateParties,
        settings.RequiredFields,
        string.Join(", ", settings.ExcludedTypeCodes),
        settings.PurchaseNumberFormat,
        settings.SalesNumberFormat,
        string.Join(", ", settings.OwnIdentifiers));

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

    private static List<string> Describe(InvoiceSettings before, InvoiceSettings after)
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
        return changes;
    }

    private static string Yes(bool value) => value ? "yes" : "no";

    private static List<string> Split(string? text) =>
        [.. (text ?? "").Split([',', ';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToUpper(CultureInfo.InvariantCulture)).Distinct()];

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex TypeCode();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9.:-]*$")]
    private static partial Regex Identifier();
}
