using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <summary>
    /// The archive outbox (docs/adr/0003-forwarding-outbox.md): a trigger writes one row for every document that enters the
    /// archive, in the statement that archives it, whichever code path that is (the intake's hand-written statement, a
    /// form, the API, a bulk action). The forwarding module turns the rows into deliveries and removes them. The table is
    /// not part of the EF model: only <see cref="Forwarding.ArchivedDocuments"/> reads it, with SQL.
    /// </summary>
    [DbContext(typeof(InvoicesDbContext))]
    [Migration("20261206071500_ArchiveOutbox")]
    public partial class ArchiveOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE invoices.archive_outbox (
                    archive_sequence bigint PRIMARY KEY,
                    document_id uuid NOT NULL,
                    tenant_id uuid NOT NULL,
                    direction varchar(20) NOT NULL,
                    internal_number text NOT NULL,
                    archived_at timestamptz NOT NULL
                );
                CREATE FUNCTION invoices.record_archive_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO invoices.archive_outbox (archive_sequence, document_id, tenant_id, direction, internal_number, archived_at)
                    VALUES (NEW.archive_sequence, NEW.id, NEW.tenant_id, NEW.direction, NEW.internal_number, NEW.archived_at);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER archived_documents_enter_outbox
                    AFTER INSERT ON invoices.documents
                    FOR EACH ROW WHEN (NEW.archive_sequence IS NOT NULL)
                    EXECUTE FUNCTION invoices.record_archive_outbox();
                CREATE TRIGGER queued_documents_enter_outbox_when_archived
                    AFTER UPDATE OF archive_sequence ON invoices.documents
                    FOR EACH ROW WHEN (OLD.archive_sequence IS NULL AND NEW.archive_sequence IS NOT NULL)
                    EXECUTE FUNCTION invoices.record_archive_outbox();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER queued_documents_enter_outbox_when_archived ON invoices.documents;
                DROP TRIGGER archived_documents_enter_outbox ON invoices.documents;
                DROP FUNCTION invoices.record_archive_outbox();
                DROP TABLE invoices.archive_outbox;
                """);
        }
    }
}
