using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <summary>
    /// Archived documents follow a merge of duplicate parties: the link to the party (party_id and its account number)
    /// may change, audited; the document itself still cannot. SQL only, so no model snapshot changes.
    /// </summary>
    [DbContext(typeof(InvoicesDbContext))]
    [Migration("20261206074500_PartyMergeMovesDocuments")]
    public partial class PartyMergeMovesDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION invoices.protect_archived_documents() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        RAISE EXCEPTION 'archived document % cannot be deleted', OLD.id USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    IF (to_jsonb(NEW) - 'exported_at' - 'payment_status' - 'party_id' - 'party_account_number')
                       IS DISTINCT FROM (to_jsonb(OLD) - 'exported_at' - 'payment_status' - 'party_id' - 'party_account_number') THEN
                        RAISE EXCEPTION 'archived document % cannot be changed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    RETURN NEW;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION invoices.protect_archived_documents() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        RAISE EXCEPTION 'archived document % cannot be deleted', OLD.id USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    IF (to_jsonb(NEW) - 'exported_at' - 'payment_status') IS DISTINCT FROM (to_jsonb(OLD) - 'exported_at' - 'payment_status') THEN
                        RAISE EXCEPTION 'archived document % cannot be changed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    RETURN NEW;
                END $$;
                """);
        }
    }
}
