using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveImmutability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // GoBD: an archived document never changes and is never deleted. Only the export acknowledgement (and,
            // later, the payment status) may still be written; the database refuses everything else, whatever the
            // application does.
            migrationBuilder.Sql("""
                CREATE FUNCTION invoices.protect_archived_documents() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        RAISE EXCEPTION 'archived document % cannot be deleted', OLD.id USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    IF (to_jsonb(NEW) - 'exported_at' - 'payment_status') IS DISTINCT FROM (to_jsonb(OLD) - 'exported_at' - 'payment_status') THEN
                        RAISE EXCEPTION 'archived document % cannot be changed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER archived_documents_are_immutable
                    BEFORE UPDATE OR DELETE ON invoices.documents
                    FOR EACH ROW WHEN (OLD.status = 'Archived')
                    EXECUTE FUNCTION invoices.protect_archived_documents();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER archived_documents_are_immutable ON invoices.documents;
                DROP FUNCTION invoices.protect_archived_documents();
                """);
        }
    }
}
