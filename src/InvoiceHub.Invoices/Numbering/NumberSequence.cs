using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Invoices.Numbering;

/// <summary>The next internal number per tenant, direction and year; incremented in the archiving transaction, so gap-free.</summary>
public sealed class NumberSequence
{
    public Guid TenantId { get; init; }

    public Direction Direction { get; init; }

    public int Year { get; init; }

    public long NextValue { get; set; }
}
