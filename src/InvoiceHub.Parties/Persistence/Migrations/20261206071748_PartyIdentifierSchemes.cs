using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Parties.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PartyIdentifierSchemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "registration_court",
                schema: "parties",
                table: "parties",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "registration_court",
                schema: "parties",
                table: "parties");
        }
    }
}
