using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Web.Demo;

/// <summary>Adds a demo tenant with a bookkeeper and a read-only accountant; does nothing when they exist.</summary>
internal sealed class DemoDataSeeder(UserDirectory directory, UserManager<AppUser> users, IOptions<DemoDataSettings> options)
{
    public async Task<IReadOnlyList<string>> SeedAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var created = new List<string>();
        var tenant = await directory.EnsureTenantAsync(settings.TenantName, cancellationToken);

        if (await users.FindByEmailAsync(settings.BookkeeperEmail) is null)
        {
            await directory.CreateUserAsync(settings.BookkeeperEmail, "Birte Bookkeeper", settings.Password, Roles.Bookkeeper,
                tenant.Id, cancellationToken, [.. Permissions.All]);
            created.Add($"{settings.BookkeeperEmail} (Bookkeeper)");
        }

        if (await users.FindByEmailAsync(settings.AccountantEmail) is null)
        {
            await directory.CreateUserAsync(settings.AccountantEmail, "Anton Accountant", settings.Password, Roles.Accountant,
                tenant.Id, cancellationToken);
            created.Add($"{settings.AccountantEmail} (Accountant)");
        }

        return created;
    }
}
