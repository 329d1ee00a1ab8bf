using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Accounts.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TwoFactorRequirement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "require_two_factor_for_everyone",
                schema: "accounts",
                table: "tenants",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "require_two_factor_for_everyone",
                schema: "accounts",
                table: "tenants");
        }
    }
}
