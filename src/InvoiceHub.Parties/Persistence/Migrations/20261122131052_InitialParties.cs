using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Parties.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialParties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "parties");

            migrationBuilder.CreateTable(
                name: "parties",
                schema: "parties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    additional_street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    vat_id = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    registration_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    registration_scheme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    gln = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    electronic_address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    electronic_address_scheme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ibans = table.Column<List<string>>(type: "text[]", nullable: false),
                    fik_creditor_numbers = table.Column<List<string>>(type: "text[]", nullable: false),
                    giro_numbers = table.Column<List<string>>(type: "text[]", nullable: false),
                    supplier_assigned_account_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    account_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    payment_days_net = table.Column<int>(type: "integer", nullable: true),
                    cash_discount_days = table.Column<int>(type: "integer", nullable: true),
                    cash_discount_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    origin = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    origin_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parties", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "parties",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_number_length = table.Column<int>(type: "integer", nullable: false),
                    customer_range_from = table.Column<long>(type: "bigint", nullable: false),
                    customer_range_to = table.Column<long>(type: "bigint", nullable: false),
                    supplier_range_from = table.Column<long>(type: "bigint", nullable: false),
                    supplier_range_to = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.tenant_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_parties_tenant_id_kind_electronic_address",
                schema: "parties",
                table: "parties",
                columns: new[] { "tenant_id", "kind", "electronic_address" });

            migrationBuilder.CreateIndex(
                name: "ix_parties_tenant_id_kind_gln",
                schema: "parties",
                table: "parties",
                columns: new[] { "tenant_id", "kind", "gln" });

            migrationBuilder.CreateIndex(
                name: "ix_parties_tenant_id_kind_registration_id",
                schema: "parties",
                table: "parties",
                columns: new[] { "tenant_id", "kind", "registration_id" });

            migrationBuilder.CreateIndex(
                name: "ix_parties_tenant_id_kind_vat_id",
                schema: "parties",
                table: "parties",
                columns: new[] { "tenant_id", "kind", "vat_id" });

            migrationBuilder.CreateIndex(
                name: "ix_parties_tenant_id_updated_at_id",
                schema: "parties",
                table: "parties",
                columns: new[] { "tenant_id", "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_parties_tenant_id_account_number",
                schema: "parties",
                table: "parties",
                columns: new[] { "tenant_id", "account_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_parties_tenant_id_external_id",
                schema: "parties",
                table: "parties",
                columns: new[] { "tenant_id", "external_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "parties",
                schema: "parties");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "parties");
        }
    }
}
