using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialInvoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "invoices");

            migrationBuilder.CreateSequence(
                name: "archive_sequence",
                schema: "invoices");

            migrationBuilder.CreateTable(
                name: "audit_trail",
                schema: "invoices",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    detail = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "invoices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    payment_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    external_id = table.Column<string>(type: "text", nullable: true),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content_type = table.Column<string>(type: "text", nullable: false),
                    syntax = table.Column<string>(type: "text", nullable: false),
                    profile = table.Column<string>(type: "text", nullable: false),
                    type_code = table.Column<string>(type: "text", nullable: true),
                    is_credit_note = table.Column<bool>(type: "boolean", nullable: false),
                    invoice_number = table.Column<string>(type: "text", nullable: true),
                    number_key = table.Column<string>(type: "text", nullable: true),
                    issue_date = table.Column<DateOnly>(type: "date", nullable: true),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    currency = table.Column<string>(type: "text", nullable: true),
                    net_amount = table.Column<decimal>(type: "numeric", nullable: true),
                    tax_amount = table.Column<decimal>(type: "numeric", nullable: true),
                    total_amount = table.Column<decimal>(type: "numeric", nullable: true),
                    payable_amount = table.Column<decimal>(type: "numeric", nullable: true),
                    counterparty_name = table.Column<string>(type: "text", nullable: true),
                    counterparty_key = table.Column<string>(type: "text", nullable: true),
                    party_id = table.Column<Guid>(type: "uuid", nullable: true),
                    party_account_number = table.Column<string>(type: "text", nullable: true),
                    is_duplicate = table.Column<bool>(type: "boolean", nullable: false),
                    duplicate_of_id = table.Column<Guid>(type: "uuid", nullable: true),
                    internal_number = table.Column<string>(type: "text", nullable: true),
                    received_by = table.Column<string>(type: "text", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    archive_sequence = table.Column<long>(type: "bigint", nullable: true),
                    exported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    findings = table.Column<string>(type: "jsonb", nullable: true),
                    party_match = table.Column<string>(type: "jsonb", nullable: true),
                    reasons = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "number_sequences",
                schema: "invoices",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    next_value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_number_sequences", x => new { x.tenant_id, x.direction, x.year });
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "invoices",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    block_duplicates = table.Column<bool>(type: "boolean", nullable: false),
                    default_payment_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    auto_create_parties = table.Column<bool>(type: "boolean", nullable: false),
                    excluded_type_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    required_fields = table.Column<List<string>>(type: "text[]", nullable: false),
                    purchase_number_format = table.Column<string>(type: "text", nullable: false),
                    sales_number_format = table.Column<string>(type: "text", nullable: false),
                    own_identifiers = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.tenant_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_trail_tenant_id_document_id_at",
                schema: "invoices",
                table: "audit_trail",
                columns: new[] { "tenant_id", "document_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_tenant_id_archive_sequence",
                schema: "invoices",
                table: "documents",
                columns: new[] { "tenant_id", "archive_sequence" },
                filter: "archive_sequence IS NOT NULL AND exported_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_documents_tenant_id_direction_counterparty_key_issue_date_t",
                schema: "invoices",
                table: "documents",
                columns: new[] { "tenant_id", "direction", "counterparty_key", "issue_date", "total_amount" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_tenant_id_direction_internal_number",
                schema: "invoices",
                table: "documents",
                columns: new[] { "tenant_id", "direction", "internal_number" },
                unique: true,
                filter: "internal_number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_documents_tenant_id_id",
                schema: "invoices",
                table: "documents",
                columns: new[] { "tenant_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_documents_tenant_direction_counterparty_number",
                schema: "invoices",
                table: "documents",
                columns: new[] { "tenant_id", "direction", "counterparty_key", "number_key" },
                unique: true,
                filter: "is_duplicate = false AND number_key IS NOT NULL AND counterparty_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_documents_tenant_sha256",
                schema: "invoices",
                table: "documents",
                columns: new[] { "tenant_id", "sha256" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_trail",
                schema: "invoices");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "invoices");

            migrationBuilder.DropTable(
                name: "number_sequences",
                schema: "invoices");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "invoices");

            migrationBuilder.DropSequence(
                name: "archive_sequence",
                schema: "invoices");
        }
    }
}
