using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Forwarding.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DueSendsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_deliveries_next_attempt_at",
                schema: "forwarding",
                table: "deliveries");

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_due_sends",
                schema: "forwarding",
                table: "deliveries",
                column: "next_attempt_at",
                filter: "status = 'Pending' AND channel <> 'Datev'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_deliveries_due_sends",
                schema: "forwarding",
                table: "deliveries");

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_next_attempt_at",
                schema: "forwarding",
                table: "deliveries",
                column: "next_attempt_at",
                filter: "status = 'Pending'");
        }
    }
}
