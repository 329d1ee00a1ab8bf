using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Forwarding.Contracts;

/// <summary>A default booking: for this direction and VAT rate, this expense or revenue account and tax key.</summary>
public sealed record DatevAccountInput(Direction Direction, decimal Rate, string Account, string? TaxKey);
