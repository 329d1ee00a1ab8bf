using InvoiceHub.Accounts.ApiCredentials;
using InvoiceHub.Accounts.Tenants;
using InvoiceHub.Accounts.Users;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Accounts.Persistence;

/// <summary>Users, roles, claims and tenants, in the PostgreSQL schema <c>accounts</c>.</summary>
internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    public const string Schema = "accounts";

    public DbSet<Tenant> TenantSet => Set<Tenant>();

    public DbSet<TenantMembership> Memberships => Set<TenantMembership>();

    public DbSet<ApiCredential> ApiCredentials => Set<ApiCredential>();

    /// <summary>Cookie and antiforgery keys, shared by every web node so any node can read any node's cookies.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);

        // Plain snake_case names instead of Identity's AspNet* tables: this schema is ours alone.
        builder.Entity<AppUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(200);
        });
        builder.Entity<AppRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");

        builder.Entity<Tenant>(tenant =>
        {
            tenant.ToTable("tenants");
            tenant.Property(t => t.Name).HasMaxLength(200);
            tenant.HasIndex(t => t.Name).IsUnique();
        });

        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        builder.Entity<ApiCredential>(credential =>
        {
            credential.ToTable("api_credentials");
            credential.Property(c => c.Username).HasMaxLength(100);
            credential.Property(c => c.KeyId).HasMaxLength(12);
            credential.HasIndex(c => c.Username).IsUnique();
            credential.HasIndex(c => c.KeyId).IsUnique();
            credential.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId);
            credential.Ignore(c => c.IsActive);
        });

        builder.Entity<TenantMembership>(membership =>
        {
            membership.ToTable("tenant_memberships");
            membership.HasKey(m => new { m.TenantId, m.UserId });
            membership.Property(m => m.Role).HasMaxLength(20);
            membership.HasOne(m => m.Tenant).WithMany(t => t.Members).HasForeignKey(m => m.TenantId);
            membership.HasOne(m => m.User).WithMany(u => u.Tenants).HasForeignKey(m => m.UserId);
        });
    }
}
