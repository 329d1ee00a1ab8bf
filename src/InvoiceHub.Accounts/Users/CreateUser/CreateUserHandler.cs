using FluentValidation;
using InvoiceHub.Accounts.Bootstrap;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Accounts.Users.CreateUser;

/// <summary>
/// Creates a user in a tenant with a one-time password. The one-time password must be replaced at the first sign-in.
/// </summary>
internal sealed class CreateUserHandler(UserManager<AppUser> users, UserDirectory directory, IAccountAudit audit, IValidator<NewUser> validator)
{
    public async Task<AccountResult<CreatedUser>> HandleAsync(Guid tenantId, NewUser input, string actor, CancellationToken cancellationToken)
    {
        if (await validator.ValidateAsync(input, cancellationToken) is { IsValid: false } validation)
        {
            return AccountResult.Invalid<CreatedUser>(validation);
        }

        var email = input.Email!.Trim();
        var permissions = input.Permissions ?? [];
        if (await users.FindByEmailAsync(email) is not null)
        {
            return AccountResult.Taken<CreatedUser>(nameof(input.Email), $"{email} has an account already; change their memberships in the list below.");
        }

        var password = PasswordGenerator.Generate();
        var user = await directory.CreateUserAsync(email, input.DisplayName!.Trim(), password, input.Role!, tenantId, cancellationToken, [.. permissions]);
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await audit.RecordAsync(tenantId, actor, "user.created",
            $"{email} as {input.Role}{(permissions.Count > 0 ? " with " + string.Join(", ", permissions) : "")}", cancellationToken);
        return AccountResult.Done(new CreatedUser(user.Id, email, password));
    }
}
