using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.Invoices.Audit;
using InvoiceHub.Invoices.Contracts;
using InvoiceHub.Invoices.Documents;
using InvoiceHub.Invoices.Intake;
using InvoiceHub.Invoices.Persistence;
using InvoiceHub.Invoices.Storage;
using InvoiceHub.Parties.Contracts;

namespace InvoiceHub.Invoices.Editing.CreateParty;

/// <summary>
/// "Create the party from the invoice" in the form and <c>POST /api/v1/documents/{id}/party</c>: the matcher runs again
/// over what the invoice says about its supplier or customer, this time allowed to create it (a tenant may keep
/// intake from creating parties), and the document is linked to the result. An existing party with the same
/// identifiers is linked instead of a second one being made.
/// </summary>
internal sealed class CreatePartyFromDocumentHandler(InvoicesDbContext db, IDocumentStore store, IPartyMatcher matcher, TimeProvider clock)
{
    public async Task<EditOutcome> HandleAsync(DocumentActor actor, Guid id, CancellationToken cancellationToken)
    {
        var (document, refusal) = await InProgressDocument.FindAsync(db, actor, id, cancellationToken);
        if (document is null)
        {
            return refusal!;
        }

        if (document.PartyId is not null)
        {
            return Refused("The document is already linked to a party; search the master data in the form to link another one.");
        }

        if (await store.GetAsync(document.Sha256, cancellationToken) is not { } bytes || InvoiceReader.Read(bytes).Invoice is not { } invoice)
        {
            return Refused("The original holds no invoice data to create a party from: create the party on the parties page and link it.");
        }

        var kind = document.Direction == Direction.Sales ? PartyKind.Customer : PartyKind.Supplier;
        var facts = DocumentFacts.From(invoice, document.Direction, document.Id);
        var match = await matcher.MatchAsync(actor.TenantId, kind, facts.Candidate, createWhenUnknown: true, cancellationToken);
        if (match.PartyId is not { } partyId)
        {
            return Refused($"No party was created: {(match.Steps.Count > 0 ? match.Steps[^1] : match.Outcome.ToString())}.");
        }

        var how = match.Outcome == PartyMatchOutcome.Created ? "created from the invoice" : "found again";
        PartyLink.Apply(document, partyId, match.AccountNumber, match.MatchedBy ?? "created",
            $"{actor.Name}: {how}, {match.AccountNumber} {match.Name} on {clock.GetUtcNow():yyyy-MM-dd}");
        document.CounterpartyName ??= match.Name;
        db.Audit.Add(AuditTrail.Entry(document, actor.Name, "updated", $"party {match.AccountNumber} {match.Name} {how}", clock));
        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome.Done(document);
    }

    private static EditOutcome Refused(string message) =>
        EditOutcome.Invalid(new Dictionary<string, string[]> { [nameof(Document.PartyId)] = [message] });
}
