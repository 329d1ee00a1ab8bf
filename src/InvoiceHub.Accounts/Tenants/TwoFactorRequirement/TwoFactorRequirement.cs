namespace InvoiceHub.Accounts.Tenants.TwoFactorRequirement;

/// <summary>Who in a tenant must sign in with a second factor; the values are the form's and the audit log's words.</summary>
public static class TwoFactorRequirement
{
    public const string Optional = "optional";
    public const string Admins = "admins";
    public const string Everyone = "everyone";

    public static readonly IReadOnlyList<string> All = [Optional, Admins, Everyone];

    public static string Of(Tenant tenant) =>
        tenant.RequireTwoFactorForEveryone ? Everyone : tenant.RequireTwoFactorForAdmins ? Admins : Optional;

    /// <summary>True when a member with this role in the tenant must have a second factor.</summary>
    public static bool Applies(bool forAdmins, bool forEveryone, string role) => forEveryone || (forAdmins && role == Users.Roles.Admin);
}
