using InvoiceHub.Parties.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Parties.Persistence;

/// <summary>Customers, suppliers and numbering settings, in the PostgreSQL schema <c>parties</c>.</summary>
internal sealed class PartiesDbContext(DbContextOptions<PartiesDbContext> options) : DbContext(options)
{
    public const string Schema = "parties";

    public const string ExternalIdIndex = "ux_parties_tenant_id_external_id";

    public const string AccountNumberIndex = "ux_parties_tenant_id_account_number";

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<PartySettings> Settings => Set<PartySettings>();

    /// <summary>The tenant's numbering, or the defaults when it has none stored.</summary>
    public async Task<PartySettings> SettingsForAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await Settings.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken)
        ?? PartySettings.Defaults(tenantId);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);

        builder.Entity<Party>(party =>
        {
            party.ToTable("parties");
            party.Property(p => p.Kind).HasConversion<string>().HasMaxLength(10);
            party.Property(p => p.Origin).HasConversion<string>().HasMaxLength(10);
            party.Property(p => p.ExternalId).HasMaxLength(100);
            party.Property(p => p.Name).HasMaxLength(200);
            party.Property(p => p.Street).HasMaxLength(200);
            party.Property(p => p.AdditionalStreet).HasMaxLength(200);
            party.Property(p => p.PostalCode).HasMaxLength(20);
            party.Property(p => p.City).HasMaxLength(100);
            party.Property(p => p.CountryCode).HasMaxLength(2);
            party.Property(p => p.VatId).HasMaxLength(30);
            party.Property(p => p.RegistrationId).HasMaxLength(50);
            party.Property(p => p.RegistrationScheme).HasMaxLength(20);
            party.Property(p => p.RegistrationCourt).HasMaxLength(100);
            party.Property(p => p.Gln).HasMaxLength(13);
            party.Property(p => p.ElectronicAddress).HasMaxLength(200);
            party.Property(p => p.ElectronicAddressScheme).HasMaxLength(20);
            party.Property(p => p.SupplierAssignedAccountId).HasMaxLength(50);
            party.Property(p => p.AccountNumber).HasMaxLength(20);
            party.Property(p => p.CashDiscountPercent).HasPrecision(5, 2);

            // Unique per tenant only: the API path carries the external id alone, so one id names one party whatever its kind.
            party.HasIndex(p => new { p.TenantId, p.ExternalId }).IsUnique().HasDatabaseName(ExternalIdIndex);
            // Customer and supplier ranges do not overlap, so one number names one account.
            party.HasIndex(p => new { p.TenantId, p.AccountNumber }).IsUnique().HasDatabaseName(AccountNumberIndex);
            party.HasIndex(p => new { p.TenantId, p.UpdatedAt, p.Id });
            party.HasIndex(p => new { p.TenantId, p.Kind, p.Gln });
            party.HasIndex(p => new { p.TenantId, p.Kind, p.VatId });
            party.HasIndex(p => new { p.TenantId, p.Kind, p.RegistrationId });
            party.HasIndex(p => new { p.TenantId, p.Kind, p.ElectronicAddress });
        });

        builder.Entity<PartySettings>(settings =>
        {
            settings.ToTable("settings");
            settings.HasKey(s => s.TenantId);
            settings.Property(s => s.TenantId).ValueGeneratedNever();
        });
    }
}
