using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <summary>
    /// Indexes that EXPLAIN over 100,000 seeded invoices asked for (docs/archive-search.md): the party filter's
    /// account-number branch (without it the OR with the name's trigram index fell back to a sequential scan), and the
    /// orders by party name, invoice number and internal number (a top-50 sort of the whole tenant otherwise). SQL
    /// only: the expressions are those of SearchArchiveHandler.
    /// </summary>
    [DbContext(typeof(InvoicesDbContext))]
    [Migration("20261206083000_ArchiveSearchOrders")]
    public partial class ArchiveSearchOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX ix_documents_tenant_party_account_number ON invoices.documents (tenant_id, party_account_number);
                CREATE INDEX ix_documents_tenant_counterparty_name_id ON invoices.documents (tenant_id, COALESCE(counterparty_name, ''), id);
                CREATE INDEX ix_documents_tenant_invoice_number_id ON invoices.documents (tenant_id, COALESCE(invoice_number, ''), id);
                CREATE INDEX ix_documents_tenant_internal_number_id ON invoices.documents (tenant_id, COALESCE(internal_number, ''), id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX invoices.ix_documents_tenant_party_account_number;
                DROP INDEX invoices.ix_documents_tenant_counterparty_name_id;
                DROP INDEX invoices.ix_documents_tenant_invoice_number_id;
                DROP INDEX invoices.ix_documents_tenant_internal_number_id;
                """);
        }
    }
}
