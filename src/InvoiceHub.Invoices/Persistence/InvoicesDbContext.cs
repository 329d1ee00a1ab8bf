using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Attachments;
using InvoiceHub.Invoices.FollowUps;
using InvoiceHub.Invoices.IntakeLog;
using InvoiceHub.Invoices.MasterData;
using InvoiceHub.Invoices.Numbering;
using InvoiceHub.Invoices.Recognition;
using InvoiceHub.Invoices.Retention;
using InvoiceHub.Invoices.Settings;
using Microsoft.EntityFrameworkCore;

namespace InvoiceHub.Invoices.Persistence;

/// <summary>Documents, their audit trail, numbering and intake settings, in the PostgreSQL schema <c>invoices</c>.</summary>
internal sealed class InvoicesDbContext(DbContextOptions<InvoicesDbContext> options) : DbContext(options)
{
    public const string Schema = "invoices";
    public const string ArchiveSequenceName = "archive_sequence";

    /// <summary>
    /// The unique index that makes two documents of one kind (invoice or credit note) with the same number from the same
    /// counterparty impossible; an invoice and a credit note may share a number.
    /// </summary>
    public const string DuplicateNumberIndex = "ux_documents_tenant_direction_counterparty_kind_number";

    public const string SameBytesIndex = "ux_documents_tenant_sha256";

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<InvoiceSettings> Settings => Set<InvoiceSettings>();

    public DbSet<IntakeRefusal> IntakeLog => Set<IntakeRefusal>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<UserAttachment> UserAttachments => Set<UserAttachment>();
    public DbSet<MasterDataEntry> MasterData => Set<MasterDataEntry>();

    public DbSet<DocumentRecognition> Recognitions => Set<DocumentRecognition>();

    public DbSet<RetentionReview> RetentionReviews => Set<RetentionReview>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        builder.HasSequence<long>(ArchiveSequenceName);
        builder.ApplyConfiguration(new RetentionReviewConfiguration());

        builder.Entity<Document>(document =>
        {
            document.ToTable("documents");
            document.Property(d => d.Direction).HasConversion<string>().HasMaxLength(20);
            document.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            document.Property(d => d.PaymentStatus).HasConversion<string>().HasMaxLength(20);
            document.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
            document.HasIndex(d => new { d.TenantId, d.Sha256 }).IsUnique().HasDatabaseName(SameBytesIndex);
            document.HasIndex(d => new { d.TenantId, d.Direction, d.CounterpartyKey, d.IsCreditNote, d.NumberKey })
                .IsUnique()
                .HasFilter("is_duplicate = false AND number_key IS NOT NULL AND counterparty_key IS NOT NULL")
                .HasDatabaseName(DuplicateNumberIndex);
            // Suspected duplicates: same counterparty, amount and date.
            document.HasIndex(d => new { d.TenantId, d.Direction, d.CounterpartyKey, d.IssueDate, d.TotalAmount });
            document.HasIndex(d => new { d.TenantId, d.ArchiveSequence }).HasFilter("archive_sequence IS NOT NULL AND exported_at IS NULL");
            document.HasIndex(d => new { d.TenantId, d.Id });
            document.HasIndex(d => new { d.TenantId, d.Direction, d.InternalNumber }).IsUnique().HasFilter("internal_number IS NOT NULL");
            document.Property(d => d.SearchText).HasMaxLength(Document.SearchTextLength);
            // Archive search (docs/archive-search.md): plain indexes here; the expression, full-text and trigram
            // indexes are written in the ArchiveSearch migration, where their exact SQL can be seen.
            document.HasIndex(d => new { d.TenantId, d.NumberKey });
            document.HasIndex(d => new { d.TenantId, d.InternalNumber });
            document.HasIndex(d => new { d.TenantId, d.PartyId });
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

        builder.Entity<DocumentRecognition>(recognition =>
        {
            recognition.ToTable("recognitions");
            recognition.HasKey(r => r.DocumentId);
            recognition.HasOne<Document>().WithOne().HasForeignKey<DocumentRecognition>(r => r.DocumentId);
            recognition.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            recognition.OwnsMany(r => r.Fields, fields => fields.ToJson());
            // The sweeper's question: which recognitions are still pending, oldest first.
            recognition.HasIndex(r => r.QueuedAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_recognitions_pending");
        });

        builder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit_trail");
            audit.HasIndex(a => new { a.TenantId, a.DocumentId, a.At });
        });

        builder.Entity<IntakeRefusal>(refusal =>
        {
            refusal.ToTable("intake_log");
            refusal.Property(r => r.Sha256).HasMaxLength(64).IsFixedLength();
            refusal.Property(r => r.Kind).HasMaxLength(40);
            refusal.Property(r => r.Channel).HasMaxLength(20);
            // The log is read newest first, per tenant, optionally by kind.
            refusal.HasIndex(r => new { r.TenantId, r.Id });
            refusal.HasIndex(r => new { r.TenantId, r.Kind, r.Id });
        });

        builder.Entity<FollowUp>(followUp =>
        {
            followUp.ToTable("follow_ups");
            followUp.Property(f => f.AssignedTo).HasMaxLength(256);
            followUp.Property(f => f.CreatedBy).HasMaxLength(256);
            followUp.Property(f => f.DoneBy).HasMaxLength(256);
            followUp.Property(f => f.Note).HasMaxLength(FollowUpLimits.NoteLength);
            // Open reminders by due date: the due list of a user and the Admin's escalation list.
            followUp.HasIndex(f => new { f.TenantId, f.DueOn }).HasFilter("done_at IS NULL");
            followUp.HasIndex(f => new { f.TenantId, f.DocumentId });
        });

        builder.Entity<UserAttachment>(attachment =>
        {
            attachment.ToTable("user_attachments");
            attachment.Property(a => a.FileName).HasMaxLength(AttachmentFile.MaxNameLength);
            attachment.Property(a => a.ContentType).HasMaxLength(50);
            attachment.Property(a => a.Sha256).HasMaxLength(64);
            attachment.Property(a => a.AddedBy).HasMaxLength(256);
            attachment.HasIndex(a => new { a.TenantId, a.DocumentId });
            // The store's cleanup asks whether anything still points at a file.
            attachment.HasIndex(a => a.Sha256);
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
            settings.Property(s => s.NewBankDetails).HasConversion<string>().HasMaxLength(20);
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
