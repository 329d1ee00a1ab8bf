using System.Net.Mail;
using InvoiceHub.Accounts.Bootstrap;
using Microsoft.AspNetCore.Identity;

namespace InvoiceHub.Accounts.Users.CreateUser;

/// <summary>
/// Creates a user in a tenant with a one-time password, or adds an existing user (same e-mail) to the tenant. The
/// one-time password must be replaced at the first sign-in.
/// </summary>
internal sealed class CreateUserHandler(UserManager<AppUser> users, UserDirectory directory, IAccountAudit audit)
{
    public async Task<AccountResult<CreatedUser>> HandleAsync(Guid tenantId, NewUser input, string actor, CancellationToken cancellationToken)
    {
        var email = input.Email?.Trim() ?? "";
        var name = input.DisplayName?.Trim() ?? "";
        if (email.Length is 0 or > 200 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            return AccountResult.Refused<CreatedUser>("Email", "Enter an e-mail address such as anna@example.com.");
        }

        if (name.Length is 0 or > 200 || name.Any(char.IsControl))
        {
            return AccountResult.Refused<CreatedUser>("DisplayName", "Enter the person's name (1 to 200 characters).");
        }

        if (MembershipRules.Problem(input.Role, input.Permissions) is (string field, string message))
        {
            return AccountResult.Refused<CreatedUser>(field, message);
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return AccountResult.Refused<CreatedUser>("Email", $"{email} has an account already; change their memberships in the list below.");
        }

        var password = PasswordGenerator.Generate();
        var user = await directory.CreateUserAsync(email, name, password, input.Role, tenantId, cancellationToken, [.. input.Permissions]);
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await audit.RecordAsync(tenantId, actor, "user.created",
            $"{email} as {input.Role}{(input.Permissions.Count > 0 ? " with " + string.Join(", ", input.Permissions) : "")}", cancellationToken);
        return AccountResult.Done(new CreatedUser(user.Id, email, password));
    }
}
