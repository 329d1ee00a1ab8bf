namespace InvoiceHub.Parties.Contracts;

/// <summary>
/// The tenant's parties as other modules may see them: the invoice form's search as you type and the party a
/// bookkeeper links by hand (with its payment terms, which set the invoice's due and cash-discount dates).
/// </summary>
public interface IPartyDirectory
{
    /// <summary>By part of the name, or exactly by account number, VAT id, GLN or IBAN; ordered by name.</summary>
    Task<IReadOnlyList<PartySummary>> SearchAsync(Guid tenantId, PartyKind kind, string? text, int limit, CancellationToken cancellationToken);

    /// <summary>One party of the tenant, or null (also for another tenant's id).</summary>
    Task<PartySummary?> GetAsync(Guid tenantId, Guid id, CancellationToken cancellationToken);
}

/// <summary>What the invoice form shows of a party and copies from it.</summary>
public sealed record PartySummary(
    Guid Id,
    PartyKind Kind,
    string Name,
    string? AccountNumber,
    string? VatId,
    string? Gln,
    IReadOnlyList<string> Ibans,
    PartyPaymentTerms? PaymentTerms);

/// <summary>Due after <paramref name="DaysNet"/> days; <paramref name="CashDiscountPercent"/> off when paid within <paramref name="CashDiscountDays"/>.</summary>
public sealed record PartyPaymentTerms(int? DaysNet, int? CashDiscountDays, decimal? CashDiscountPercent)
{
    public DateOnly? DueDate(DateOnly invoiceDate) => DaysNet is { } days ? invoiceDate.AddDays(days) : null;

    public DateOnly? CashDiscountDate(DateOnly invoiceDate) => CashDiscountDays is { } days ? invoiceDate.AddDays(days) : null;
}
