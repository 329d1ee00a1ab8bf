using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Forwarding.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialForwarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "forwarding");

            migrationBuilder.CreateTable(
                name: "channel_tests",
                schema: "forwarding",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    message = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_channel_tests", x => new { x.tenant_id, x.channel });
                });

            migrationBuilder.CreateTable(
                name: "deliveries",
                schema: "forwarding",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    internal_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    claim_token = table.Column<Guid>(type: "uuid", nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    export_notes = table.Column<string>(type: "text", nullable: true),
                    resend_of = table.Column<Guid>(type: "uuid", nullable: true),
                    resend_reason = table.Column<string>(type: "text", nullable: true),
                    batch = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deliveries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "forwarding",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    forward_sales_archived_without_delivery = table.Column<bool>(type: "boolean", nullable: false),
                    mail_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    mail_host = table.Column<string>(type: "text", nullable: true),
                    mail_port = table.Column<int>(type: "integer", nullable: false),
                    mail_tls = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    mail_user = table.Column<string>(type: "text", nullable: true),
                    mail_password_protected = table.Column<string>(type: "text", nullable: true),
                    mail_sender = table.Column<string>(type: "text", nullable: true),
                    mail_recipient = table.Column<string>(type: "text", nullable: true),
                    webhook_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    webhook_url = table.Column<string>(type: "text", nullable: true),
                    webhook_secret_protected = table.Column<string>(type: "text", nullable: true),
                    webhook_allow_private_targets = table.Column<bool>(type: "boolean", nullable: false),
                    webhook_timeout_seconds = table.Column<int>(type: "integer", nullable: false),
                    datev_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    datev_consultant_number = table.Column<int>(type: "integer", nullable: true),
                    datev_client_number = table.Column<int>(type: "integer", nullable: true),
                    datev_fiscal_year_start_month = table.Column<int>(type: "integer", nullable: false),
                    datev_account_length = table.Column<int>(type: "integer", nullable: false),
                    datev_chart = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    datev_target_folder = table.Column<string>(type: "text", nullable: true),
                    datev_accounts = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.tenant_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_next_attempt_at",
                schema: "forwarding",
                table: "deliveries",
                column: "next_attempt_at",
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_tenant_id_status_created_at",
                schema: "forwarding",
                table: "deliveries",
                columns: new[] { "tenant_id", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ux_deliveries_document_channel",
                schema: "forwarding",
                table: "deliveries",
                columns: new[] { "document_id", "channel" },
                unique: true,
                filter: "resend_of IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "channel_tests",
                schema: "forwarding");

            migrationBuilder.DropTable(
                name: "deliveries",
                schema: "forwarding");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "forwarding");
        }
    }
}
