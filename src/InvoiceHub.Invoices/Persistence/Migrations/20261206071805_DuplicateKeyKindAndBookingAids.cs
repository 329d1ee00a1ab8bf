using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DuplicateKeyKindAndBookingAids : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_documents_tenant_direction_counterparty_number",
                schema: "invoices",
                table: "documents");

            migrationBuilder.AddColumn<bool>(
                name: "hold_booking_aids",
                schema: "invoices",
                table: "settings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "is_booking_aid_only",
                schema: "invoices",
                table: "documents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Documents received before keep their profile name: the booking aids among them are marked as well.
            migrationBuilder.Sql("""
                UPDATE invoices.documents SET is_booking_aid_only = true
                WHERE profile IN ('ZUGFeRD 2.x / Factur-X MINIMUM', 'ZUGFeRD 2.x / Factur-X BASIC WL', 'ZUGFeRD 2.0 MINIMUM', 'ZUGFeRD 2.0 BASIC WL')
                """);

            migrationBuilder.CreateIndex(
                name: "ux_documents_tenant_direction_counterparty_kind_number",
                schema: "invoices",
                table: "documents",
                columns: new[] { "tenant_id", "direction", "counterparty_key", "is_credit_note", "number_key" },
                unique: true,
                filter: "is_duplicate = false AND number_key IS NOT NULL AND counterparty_key IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_documents_tenant_direction_counterparty_kind_number",
                schema: "invoices",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "hold_booking_aids",
                schema: "invoices",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "is_booking_aid_only",
                schema: "invoices",
                table: "documents");

            migrationBuilder.CreateIndex(
                name: "ux_documents_tenant_direction_counterparty_number",
                schema: "invoices",
                table: "documents",
                columns: new[] { "tenant_id", "direction", "counterparty_key", "number_key" },
                unique: true,
                filter: "is_duplicate = false AND number_key IS NOT NULL AND counterparty_key IS NOT NULL");
        }
    }
}
