using InvoiceHub.Parties.Contracts;

namespace InvoiceHub.Parties.Domain;

/// <summary>The wire names of <see cref="PartyKind"/>: "customer" and "supplier".</summary>
internal static class PartyKinds
{
    public static string Name(PartyKind kind) => kind == PartyKind.Customer ? "customer" : "supplier";

    public static bool TryParse(string? value, out PartyKind kind)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "customer":
                kind = PartyKind.Customer;
                return true;
            case "supplier":
                kind = PartyKind.Supplier;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
