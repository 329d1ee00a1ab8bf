using InvoiceHub.EInvoicing.Model;

namespace InvoiceHub.Cli.Parse;

/// <summary>Seller or buyer in a parse record.</summary>
internal sealed record PartyJson(string? Name, string? VatId, string? CountryCode, string? SupplierAssignedAccountId)
{
    public static PartyJson From(Party party) =>
        new(party.Name, party.VatId?.Value, party.Address?.CountryCode, party.SupplierAssignedAccountId);
}
