using System.Security.Claims;
using InvoiceHub.Accounts.Persistence;
using InvoiceHub.Accounts.Tenants;
using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InvoiceHub.Accounts.Bootstrap;

/// <summary>
/// Makes an empty database usable: the fixed roles, a default tenant and a first admin. Runs at every start and
/// does nothing once a user exists, so a second start (or a second node starting at the same time) creates nothing.
/// </summary>
internal sealed class AccountsBootstrapper(
    AccountsDbContext db,
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    IOptions<BootstrapOptions> options,
    TimeProvider clock)
{
    // Arbitrary constant: serialises bootstrapping across nodes that share the database.
    private const long AdvisoryLockKey = 0x1_0001_B007;

    public async Task<BootstrapResult> RunAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                EnsureSucceeded(await roles.CreateAsync(new AppRole(role)), $"create role {role}");
            }
        }

        if (await db.Users.AnyAsync(cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            return BootstrapResult.NothingToDo;
        }

        var settings = options.Value;
        var tenant = await db.TenantSet.SingleOrDefaultAsync(t => t.Name == settings.TenantName, cancellationToken)
            ?? db.TenantSet.Add(new Tenant { Name = settings.TenantName, CreatedAt = clock.GetUtcNow() }).Entity;

        var generated = string.IsNullOrWhiteSpace(settings.AdminPassword) ? PasswordGenerator.Generate() : null;
        var admin = new AppUser
        {
            UserName = settings.AdminEmail,
            Email = settings.AdminEmail,
            EmailConfirmed = true,
            DisplayName = settings.AdminDisplayName,
        };
        EnsureSucceeded(await users.CreateAsync(admin, generated ?? settings.AdminPassword!), "create the admin");
        EnsureSucceeded(
            await users.AddClaimsAsync(admin, Permissions.All.Select(p => new Claim(Permissions.ClaimType, p))),
            "grant the admin's permissions");
        db.Memberships.Add(new TenantMembership { TenantId = tenant.Id, UserId = admin.Id, Role = Roles.Admin });
        await db.SaveChangesAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return new BootstrapResult(settings.AdminEmail, generated);
    }

    private static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            // A misconfigured bootstrap (say, a password the policy rejects) must stop the start, not limp on.
            throw new InvalidOperationException(
                $"Bootstrap could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
