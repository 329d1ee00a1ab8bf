using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.MasterData;
using InvoiceHub.Invoices.Numbering;
using InvoiceHub.Invoices.Settings;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Persistence;

/// <summary>Documents, their audit trail, numbering and intake settings, in the PostgreSQL schema <c>invoices</c>.</summary>
internal sealed class InvoicesDbContext(DbContextOptions<InvoicesDbContext> options) : DbContext(options)
{
    public const string Schema = "invoices";
    public const string ArchiveSequenceName = "archive_sequence";

    /// <summary>The unique index that makes two documents with the same number from the same counterparty impossible.</summary>
    public const string DuplicateNumberIndex = "ux_documents_tenant_direction_counterparty_number";

    public const string SameBytesIndex = "ux_documents_tenant_sha256";

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<InvoiceSettings> Settings => Set<InvoiceSettings>();

    public DbSet<MasterDataEntry> MasterData => Set<MasterDataEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        builder.HasSequence<long>(ArchiveSequenceName);

        builder.Entity<Document>(document =>
        {
            document.ToTable("documents");
            document.Property(d => d.Direction).HasConversion<string>().HasMaxLength(20);
            document.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            document.Property(d => d.PaymentStatus).HasConversion<string>().HasMaxLength(20);
            document.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
            document.HasIndex(d => new { d.TenantId, d.Sha256 }).IsUnique().HasDatabaseName(SameBytesIndex);
            document.HasIndex(d => new { d.TenantId, d.Direction, d.CounterpartyKey, d.NumberKey })
                .IsUnique()
                .HasFilter("is_duplicate = false AND number_key IS NOT NULL AND counterparty_key IS NOT NULL")
                .HasDatabaseName(DuplicateNumberIndex);
            // Suspected duplicates: same counterparty, amount and date.
            document.HasIndex(d => new { d.TenantId, d.Direction, d.CounterpartyKey, d.IssueDate, d.TotalAmount });
            document.HasIndex(d => new { d.TenantId, d.ArchiveSequence }).HasFilter("archive_sequence IS NOT NULL AND exported_at IS NULL");
            document.HasIndex(d => new { d.TenantId, d.Id });
            document.HasIndex(d => new { d.TenantId, d.Direction, d.InternalNumber }).IsUnique().HasFilter("internal_number IS NOT NULL");
            document.OwnsMany(d => d.Reasons, reasons => reasons.ToJson());
            document.OwnsMany(d => d.Findings, findings => findings.ToJson());
            document.OwnsOne(d => d.PartyMatch, match => match.ToJson());
            document.OwnsOne(d => d.Workspace, workspace =>
            {
                workspace.ToJson();
                workspace.OwnsMany(w => w.Lines);
            });
            // The in-progress and rejected lists: one tenant, one direction, one status, newest first.
            document.HasIndex(d => new { d.TenantId, d.Direction, d.Status, d.ReceivedAt }).HasDatabaseName("ix_documents_queue");
        });

        builder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit_trail");
            audit.HasIndex(a => new { a.TenantId, a.DocumentId, a.At });
        });

        builder.Entity<NumberSequence>(sequence =>
        {
            sequence.ToTable("number_sequences");
            sequence.HasKey(s => new { s.TenantId, s.Direction, s.Year });
            sequence.Property(s => s.Direction).HasConversion<string>().HasMaxLength(20);
        });

        builder.Entity<InvoiceSettings>(settings =>
        {
            settings.ToTable("settings");
            settings.HasKey(s => s.TenantId);
            settings.Property(s => s.DefaultPaymentStatus).HasConversion<string>().HasMaxLength(20);
            settings.Property(s => s.InvalidDocuments).HasConversion<string>().HasMaxLength(20);
        });

        builder.Entity<MasterDataEntry>(entry =>
        {
            entry.ToTable("master_data");
            entry.HasKey(e => new { e.TenantId, e.Kind, e.Code });
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.Code).HasMaxLength(20);
            entry.Property(e => e.Name).HasMaxLength(200);
            entry.Property(e => e.Rate).HasPrecision(5, 2);
        });
    }
}
