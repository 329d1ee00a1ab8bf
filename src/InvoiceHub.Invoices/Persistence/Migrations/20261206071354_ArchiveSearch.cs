using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "invoices",
                table: "documents",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_tenant_id_internal_number",
                schema: "invoices",
                table: "documents",
                columns: new[] { "tenant_id", "internal_number" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_tenant_id_number_key",
                schema: "invoices",
                table: "documents",
                columns: new[] { "tenant_id", "number_key" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_tenant_id_party_id",
                schema: "invoices",
                table: "documents",
                columns: new[] { "tenant_id", "party_id" });

            // Documents received before this column existed are found by their counterparty's name. The column is
            // derived search data, not document content, so archived rows get it too: the immutability trigger is
            // paused for this one statement of the migration's transaction.
            migrationBuilder.Sql("""
                ALTER TABLE invoices.documents DISABLE TRIGGER archived_documents_are_immutable;
                UPDATE invoices.documents SET search_text = counterparty_name WHERE search_text IS NULL AND counterparty_name IS NOT NULL;
                ALTER TABLE invoices.documents ENABLE TRIGGER archived_documents_are_immutable;
                """);

            // Each expression is written exactly as SearchArchiveHandler writes it (docs/archive-search.md has the plans).
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE INDEX ix_documents_search_text ON invoices.documents USING gin (to_tsvector('simple', search_text));
                CREATE INDEX ix_documents_counterparty_name_trgm ON invoices.documents USING gin (counterparty_name gin_trgm_ops);
                CREATE INDEX ix_documents_tenant_issue_date_id ON invoices.documents (tenant_id, COALESCE(issue_date, '-infinity'::date), id);
                CREATE INDEX ix_documents_tenant_total_amount_id ON invoices.documents (tenant_id, COALESCE(total_amount, '-Infinity'::numeric), id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX invoices.ix_documents_search_text;
                DROP INDEX invoices.ix_documents_counterparty_name_trgm;
                DROP INDEX invoices.ix_documents_tenant_issue_date_id;
                DROP INDEX invoices.ix_documents_tenant_total_amount_id;
                """);

            migrationBuilder.DropIndex(
                name: "ix_documents_tenant_id_internal_number",
                schema: "invoices",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "ix_documents_tenant_id_number_key",
                schema: "invoices",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "ix_documents_tenant_id_party_id",
                schema: "invoices",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "invoices",
                table: "documents");
        }
    }
}
