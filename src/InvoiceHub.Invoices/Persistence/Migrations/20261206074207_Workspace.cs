using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Workspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "closed_periods",
                schema: "invoices",
                table: "settings",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "invalid_documents",
                schema: "invoices",
                table: "settings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Refuse");

            migrationBuilder.AddColumn<bool>(
                name: "require_account_assignment",
                schema: "invoices",
                table: "settings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "retention_years",
                schema: "invoices",
                table: "settings",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<string>(
                name: "workspace",
                schema: "invoices",
                table: "documents",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "master_data",
                schema: "invoices",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rate = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_master_data", x => new { x.tenant_id, x.kind, x.code });
                });

            migrationBuilder.CreateIndex(
                name: "ix_documents_queue",
                schema: "invoices",
                table: "documents",
                columns: new[] { "tenant_id", "direction", "status", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "master_data",
                schema: "invoices");

            migrationBuilder.DropIndex(
                name: "ix_documents_queue",
                schema: "invoices",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "closed_periods",
                schema: "invoices",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "invalid_documents",
                schema: "invoices",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "require_account_assignment",
                schema: "invoices",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "retention_years",
                schema: "invoices",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "workspace",
                schema: "invoices",
                table: "documents");
        }
    }
}
