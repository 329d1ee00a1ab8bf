using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IntakeLogAndFollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "follow_up_escalation_days",
                schema: "invoices",
                table: "settings",
                type: "integer",
                nullable: false,
                // Tenants with saved settings get the same default as those without (InvoiceSettings).
                defaultValue: 7);

            migrationBuilder.AddColumn<bool>(
                name: "keep_refused_files",
                schema: "invoices",
                table: "settings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "follow_ups",
                schema: "invoices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned_to = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    done_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_ups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "intake_log",
                schema: "invoices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: true),
                    content_type = table.Column<string>(type: "text", nullable: true),
                    size = table.Column<long>(type: "bigint", nullable: true),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    invoice_number = table.Column<string>(type: "text", nullable: true),
                    party_name = table.Column<string>(type: "text", nullable: true),
                    problem = table.Column<string>(type: "text", nullable: false),
                    detail = table.Column<string>(type: "text", nullable: true),
                    existing_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    content = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_intake_log", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_tenant_id_document_id",
                schema: "invoices",
                table: "follow_ups",
                columns: new[] { "tenant_id", "document_id" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_tenant_id_due_on",
                schema: "invoices",
                table: "follow_ups",
                columns: new[] { "tenant_id", "due_on" },
                filter: "done_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_intake_log_tenant_id_id",
                schema: "invoices",
                table: "intake_log",
                columns: new[] { "tenant_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_intake_log_tenant_id_kind_id",
                schema: "invoices",
                table: "intake_log",
                columns: new[] { "tenant_id", "kind", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_ups",
                schema: "invoices");

            migrationBuilder.DropTable(
                name: "intake_log",
                schema: "invoices");

            migrationBuilder.DropColumn(
                name: "follow_up_escalation_days",
                schema: "invoices",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "keep_refused_files",
                schema: "invoices",
                table: "settings");
        }
    }
}
