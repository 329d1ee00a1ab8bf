namespace InvoiceHub.Accounts.Users;

/// <summary>Claim types InvoiceHub adds to a signed-in user's principal.</summary>
public static class AccountClaimTypes
{
    /// <summary>One claim per tenant the user belongs to (the tenant id).</summary>
    public const string Tenant = "tenant";

    public const string DisplayName = "display_name";

    /// <summary>One claim per tenant the user is an Admin of (the tenant id); the role claim covers the current tenant only.</summary>
    public const string AdminOfTenant = "tenant_admin";

    /// <summary>Present while the user signs in with a one-time password and must choose their own first.</summary>
    public const string MustChangePassword = "must_change_password";

    /// <summary>Present while a tenant of the user requires two-factor sign-in and they have not enrolled an authenticator yet.</summary>
    public const string MustEnrolTwoFactor = "must_enrol_two_factor";

    /// <summary>The tenant the user last chose to work in (a user claim, so it survives sign-out).</summary>
    public const string PreferredTenant = "preferred_tenant";
}
