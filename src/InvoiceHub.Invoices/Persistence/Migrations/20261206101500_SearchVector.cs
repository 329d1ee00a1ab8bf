using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Invoices.Persistence.Migrations
{
    /// <summary>
    /// The archive's free text gets a stored <c>tsvector</c> (docs/archive-search.md). With the expression index alone,
    /// a free-text search combined with other filters walked the newest documents and parsed <c>search_text</c> of
    /// every row it read (419 ms at p95 over 100,000 invoices); a ready vector costs a comparison. PostgreSQL computes
    /// the column, so it also follows what a bookkeeper changes in the form (the party's name, remarks, the booking
    /// texts of the account assignment) without the handlers knowing about it. SQL only: the EF model does not map
    /// the column, so no query reads it by accident. The archive's protection trigger leaves the column out of its
    /// comparison: a BEFORE trigger sees generated columns as not yet computed, and the words it is made of are
    /// compared anyway. The workspace's JSON keys are the CLR property names (EF's
    /// ToJson does not snake-case them); a browser test searches for typed remarks and booking texts, so a rename shows.
    /// </summary>
    [DbContext(typeof(InvoicesDbContext))]
    [Migration("20261206101500_SearchVector")]
    public partial class SearchVector : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE invoices.documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    to_tsvector('simple'::regconfig,
                        coalesce(search_text, '') || ' ' || coalesce(counterparty_name, '') || ' '
                        || coalesce(workspace ->> 'Remarks', '') || ' '
                        || coalesce(jsonb_path_query_array(workspace, '$.Lines[*].BookingText')::text, ''))) STORED;
                DROP INDEX invoices.ix_documents_search_text;
                CREATE INDEX ix_documents_search_vector ON invoices.documents USING gin (search_vector);
                CREATE OR REPLACE FUNCTION invoices.protect_archived_documents() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        RAISE EXCEPTION 'archived document % cannot be deleted', OLD.id USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    IF (to_jsonb(NEW) - 'exported_at' - 'payment_status' - 'party_id' - 'party_account_number' - 'search_vector')
                       IS DISTINCT FROM (to_jsonb(OLD) - 'exported_at' - 'payment_status' - 'party_id' - 'party_account_number' - 'search_vector') THEN
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
                DROP INDEX invoices.ix_documents_search_vector;
                ALTER TABLE invoices.documents DROP COLUMN search_vector;
                CREATE INDEX ix_documents_search_text ON invoices.documents USING gin (to_tsvector('simple', search_text));
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
    }
}
