namespace InvoiceHub.Accounts.Users;

/// <summary>Claim types InvoiceHub adds to a signed-in user's principal.</summary>
public static class AccountClaimTypes
{
    /// <summary>One claim per tenant the user belongs to (the tenant id).</summary>
    public const string Tenant = "tenant";

    public const string DisplayName = "display_name";
}
