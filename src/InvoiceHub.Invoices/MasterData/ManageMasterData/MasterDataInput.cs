namespace InvoiceHub.Invoices.MasterData.ManageMasterData;

/// <summary>A GL account, cost centre or tax key as typed on its master-data page.</summary>
public sealed class MasterDataInput
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    /// <summary>The VAT rate in percent (tax keys only).</summary>
    public decimal? Rate { get; set; }
}
