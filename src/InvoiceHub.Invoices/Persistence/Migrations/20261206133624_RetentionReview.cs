using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <summary>
    /// Retention (docs/retention.md): the table the retention job lists expired documents in, one SQL function that
    /// decides until when a document is kept, and the archive's protection trigger changed to use it. An archived
    /// document could not be deleted at all; now it can, once its retention period has ended (an Admin confirms it in
    /// the application), and still not a day before, whoever sends the DELETE. Changes stay refused as before.
    /// </summary>
    public partial class RetentionReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "retention_reviews",
                schema: "invoices",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    retain_until = table.Column<DateOnly>(type: "date", nullable: false),
                    listed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_retention_reviews", x => x.document_id);
                    table.ForeignKey(
                        name: "fk_retention_reviews_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "invoices",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_retention_reviews_tenant_id_retain_until_document_id",
                schema: "invoices",
                table: "retention_reviews",
                columns: new[] { "tenant_id", "retain_until", "document_id" });

            // The last day to keep a document: the invoice form's RetainUntil (the workspace's JSON keys are the CLR
            // names), else 31 December of the invoice date's year (the receipt's, without one) plus the tenant's retention
            // years, as UpdateDocumentHandler fills the field in. Days are UTC days, as in the application.
            migrationBuilder.Sql("""
                CREATE FUNCTION invoices.retained_until(tenant uuid, issue_date date, received_at timestamptz, workspace jsonb)
                RETURNS date LANGUAGE sql STABLE AS $$
                    SELECT coalesce(
                        (workspace ->> 'RetainUntil')::date,
                        make_date(extract(year FROM coalesce(issue_date, (received_at AT TIME ZONE 'UTC')::date))::int
                            + coalesce((SELECT s.retention_years FROM invoices.settings s WHERE s.tenant_id = tenant), 10), 12, 31))
                $$;
                CREATE OR REPLACE FUNCTION invoices.protect_archived_documents() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    kept_until date;
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        kept_until := invoices.retained_until(OLD.tenant_id, OLD.issue_date, OLD.received_at, OLD.workspace);
                        IF kept_until >= (now() AT TIME ZONE 'UTC')::date THEN
                            RAISE EXCEPTION 'archived document % is kept until % and cannot be deleted before then', OLD.id, kept_until
                                USING ERRCODE = 'integrity_constraint_violation';
                        END IF;
                        RETURN OLD;
                    END IF;
                    IF (to_jsonb(NEW) - 'exported_at' - 'payment_status' - 'party_id' - 'party_account_number' - 'search_vector')
                       IS DISTINCT FROM (to_jsonb(OLD) - 'exported_at' - 'payment_status' - 'party_id' - 'party_account_number' - 'search_vector') THEN
                        RAISE EXCEPTION 'archived document % cannot be changed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    RETURN NEW;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION invoices.protect_archived_documents() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        RAISE EXCEPTION 'archived document % cannot be deleted', OLD.id USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    IF (to_jsonb(NEW) - 'exported_at' - 'payment_status' - 'party_id' - 'party_account_number' - 'search_vector')
                       IS DISTINCT FROM (to_jsonb(OLD) - 'exported_at' - 'payment_status' - 'party_id' - 'party_account_number' - 'search_vector') THEN
                        RAISE EXCEPTION 'archived document % cannot be changed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    RETURN NEW;
                END $$;
                DROP FUNCTION invoices.retained_until(uuid, date, timestamptz, jsonb);
                """);

            migrationBuilder.DropTable(
                name: "retention_reviews",
                schema: "invoices");
        }
    }
}
