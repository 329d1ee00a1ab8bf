using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BankDetailsPolicy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "new_bank_details",
                schema: "invoices",
                table: "settings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "AddAtOnce"); // the default: no invoice of an existing tenant is held by the new policy
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "new_bank_details",
                schema: "invoices",
                table: "settings");
        }
    }
}
