using InvoiceHub.Parties.Contracts;

namespace InvoiceHub.Web.Pages.Documents;

/// <summary>The parties the invoice form offers for a search term; <paramref name="Linked"/> is the document's party now.</summary>
internal sealed record PartyChoices(IReadOnlyList<PartySummary> Parties, Guid? Linked, string? Term);
