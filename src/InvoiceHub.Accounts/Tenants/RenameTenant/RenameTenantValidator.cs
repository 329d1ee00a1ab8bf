using FluentValidation;

namespace InvoiceHub.Accounts.Tenants.RenameTenant;

/// <summary>The tenant's new name; whether it is taken is the handler's question.</summary>
internal sealed class RenameTenantValidator : AbstractValidator<RenameTenantCommand>
{
    public RenameTenantValidator() => RuleFor(x => x.Name).TenantName();
}
