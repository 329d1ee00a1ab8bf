using InvoiceHub.Forwarding.Deliveries;
using InvoiceHub.Forwarding.Settings;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Forwarding.Persistence;

/// <summary>Deliveries, channel settings and channel test results, in the PostgreSQL schema <c>forwarding</c>.</summary>
internal sealed class ForwardingDbContext(DbContextOptions<ForwardingDbContext> options) : DbContext(options)
{
    public const string Schema = "forwarding";

    /// <summary>One first delivery per document and channel; re-sends (new deliveries that name the one they repeat) stay out.</summary>
    public const string FirstDeliveryIndex = "ux_deliveries_document_channel";

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<ForwardingSettings> Settings => Set<ForwardingSettings>();

    public DbSet<ChannelTest> ChannelTests => Set<ChannelTest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);

        builder.Entity<Delivery>(delivery =>
        {
            delivery.ToTable("deliveries");
            delivery.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            delivery.Property(d => d.InternalNumber).HasMaxLength(100);
            delivery.HasIndex(d => new { d.DocumentId, d.Channel }).IsUnique().HasFilter("resend_of IS NULL").HasDatabaseName(FirstDeliveryIndex);
            // The delivery run's and the sweeper's question: which sends are due, longest waiting first? DATEV rows wait
            // for their nightly batch (found by tenant below) and would only be skipped here.
            delivery.HasIndex(d => new { d.NextAttemptAt }).HasFilter("status = 'Pending' AND channel <> 'Datev'").HasDatabaseName("ix_deliveries_due_sends");
            delivery.HasIndex(d => new { d.TenantId, d.Status, d.CreatedAt });
        });

        builder.Entity<ForwardingSettings>(settings =>
        {
            settings.ToTable("settings");
            settings.HasKey(s => s.TenantId);
            settings.Property(s => s.MailTls).HasConversion<string>().HasMaxLength(20);
            settings.Property(s => s.DatevChart).HasConversion<string>().HasMaxLength(10);
            settings.OwnsMany(s => s.DatevAccounts, accounts =>
            {
                accounts.ToJson();
                accounts.Property(a => a.Direction).HasConversion<string>();
            });
        });

        builder.Entity<ChannelTest>(test =>
        {
            test.ToTable("channel_tests");
            test.HasKey(t => new { t.TenantId, t.Channel });
            test.Property(t => t.Channel).HasConversion<string>().HasMaxLength(20);
        });
    }
}
