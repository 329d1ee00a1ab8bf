using FluentValidation;

namespace InvoiceHub.Accounts.Tenants;

/// <summary>What a tenant's name must look like (the create and rename validators share it).</summary>
public static class TenantNameRule
{
    public const int MaxLength = 200;

    public static void TenantName<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(name => (name?.Trim().Length ?? 0) is >= 2 and <= MaxLength)
            .WithErrorCode("tenant-name-length").WithMessage($"A tenant's name has 2 to {MaxLength} characters.")
            .Must(name => !name!.Any(char.IsControl))
            .WithErrorCode("tenant-name-control").WithMessage("A tenant's name cannot hold control characters.");
}
