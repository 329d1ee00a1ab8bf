using FluentValidation;

namespace InvoiceHub.Accounts.Users;

/// <summary>Which roles and permissions an admin may hand out (the create-user and membership validators share them).</summary>
internal static class MembershipRules
{
    public static void Role<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(role => role is not null && Roles.All.Contains(role))
            .WithErrorCode("role").WithMessage($"Choose a role: {string.Join(", ", Roles.All)}.");

    public static void KnownPermissions<T>(this IRuleBuilderInitial<T, IReadOnlyList<string>?> rule) =>
        rule.Must(permissions => (permissions ?? []).All(Permissions.All.Contains))
            .WithErrorCode("permission").WithMessage((_, permissions) =>
                $"There is no permission '{Cut((permissions ?? []).First(p => !Permissions.All.Contains(p)))}'.");

    /// <summary>A refused value is quoted in the message; a huge one only by its start.</summary>
    private static string Cut(string? text) => text is { Length: > 60 } ? text[..60] + "…" : text ?? "";
}
