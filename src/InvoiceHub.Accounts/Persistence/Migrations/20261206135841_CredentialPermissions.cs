using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Accounts.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CredentialPermissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "permissions",
                schema: "accounts",
                table: "api_credentials",
                type: "text[]",
                nullable: false,
                // Existing credentials hold no permission: archiving stays a grant an Admin makes.
                defaultValueSql: "'{}'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "permissions",
                schema: "accounts",
                table: "api_credentials");
        }
    }
}
