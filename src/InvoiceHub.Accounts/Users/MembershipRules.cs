namespace InvoiceHub.Accounts.Users;

/// <summary>Which roles and permissions an admin may hand out.</summary>
internal static class MembershipRules
{
    public static (string Field, string Message)? Problem(string? role, IReadOnlyList<string> permissions) =>
        role is null || !Roles.All.Contains(role) ? ("Role", $"Choose a role: {string.Join(", ", Roles.All)}.")
        : permissions.FirstOrDefault(p => !Permissions.All.Contains(p)) is { } unknown ? ("Permissions", $"There is no permission '{unknown}'.")
        : null;
}
