using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <summary>
    /// Each recognised field keeps the size and turn of its page image (the invoice form draws its box on the page).
    /// Fields recognised before get zeros, which the form reads as "no box to draw".
    /// </summary>
    public partial class RecognitionPageGeometry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE invoices.recognitions
                SET fields = (SELECT jsonb_agg('{"PageWidth": 0, "PageHeight": 0, "PageRotation": 0}'::jsonb || field) FROM jsonb_array_elements(fields) AS field)
                WHERE jsonb_typeof(fields) = 'array' AND jsonb_array_length(fields) > 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE invoices.recognitions
                SET fields = (SELECT jsonb_agg(field - 'PageWidth' - 'PageHeight' - 'PageRotation') FROM jsonb_array_elements(fields) AS field)
                WHERE jsonb_typeof(fields) = 'array' AND jsonb_array_length(fields) > 0;
                """);
        }
    }
}
