namespace InvoiceHub.Accounts.Users.UpdateMembership;

/// <summary>A member's new role in the tenant and their permissions.</summary>
public sealed record MembershipChange(Guid UserId, string? Role, IReadOnlyList<string>? Permissions);
