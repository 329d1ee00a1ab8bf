using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Forwarding.Settings;

/// <summary>Default booking of a tax rate in one direction: the expense or revenue account (Gegenkonto) and its tax key.</summary>
internal sealed record DatevAccountRule
{
    public Direction Direction { get; init; }

    public decimal Rate { get; init; }

    public required string Account { get; init; }

    public string? TaxKey { get; init; }
}
