namespace InvoiceHub.Accounts.Users.ListUsers;

/// <summary>A member of a tenant as the users page lists them.</summary>
public sealed record TenantUser(
    Guid Id, string Email, string DisplayName, string Role, IReadOnlyList<string> Permissions, bool Locked, bool MustChangePassword,
    bool TwoFactor, DateTimeOffset? LastSignInAt);
