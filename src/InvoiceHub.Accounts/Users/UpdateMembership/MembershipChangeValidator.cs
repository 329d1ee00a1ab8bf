using FluentValidation;

namespace InvoiceHub.Accounts.Users.UpdateMembership;

/// <summary>A role and permissions an admin may hand out.</summary>
internal sealed class MembershipChangeValidator : AbstractValidator<MembershipChange>
{
    public MembershipChangeValidator()
    {
        RuleFor(x => x.Role).Role();
        RuleFor(x => x.Permissions).KnownPermissions();
    }
}
