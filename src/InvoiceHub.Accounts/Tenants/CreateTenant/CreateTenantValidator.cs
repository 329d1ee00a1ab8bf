using FluentValidation;

namespace InvoiceHub.Accounts.Tenants.CreateTenant;

/// <summary>The new tenant's name; whether it is taken is the handler's question.</summary>
internal sealed class CreateTenantValidator : AbstractValidator<CreateTenantCommand>
{
    public CreateTenantValidator() => RuleFor(x => x.Name).TenantName();
}
