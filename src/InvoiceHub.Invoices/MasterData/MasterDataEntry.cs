namespace InvoiceHub.Invoices.MasterData;

/// <summary>A GL account, cost centre or tax key of one tenant; a tax key carries its rate.</summary>
public sealed class MasterDataEntry
{
    public Guid TenantId { get; init; }

    public MasterDataKind Kind { get; init; }

    public required string Code { get; init; }

    public required string Name { get; set; }

    /// <summary>The VAT rate in percent a tax key sets (tax keys only).</summary>
    public decimal? Rate { get; set; }
}
