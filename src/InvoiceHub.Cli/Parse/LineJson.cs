using InvoiceHub.EInvoicing.Model;

namespace InvoiceHub.Cli.Parse;

/// <summary>An invoice line in a parse record.</summary>
internal sealed record LineJson(string? Id, string? Name, decimal? Quantity, string? UnitCode, decimal? NetAmount, string? VatCategory, decimal? VatRate)
{
    public static LineJson From(InvoiceLine line) =>
        new(line.Id, line.Item.Name, line.Quantity?.Value, line.Quantity?.UnitCode, line.NetAmount?.Amount, line.Vat?.CategoryCode, line.Vat?.Rate);
}
