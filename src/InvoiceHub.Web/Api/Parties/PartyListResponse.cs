namespace InvoiceHub.Web.Api.Parties;

/// <summary>A page of the parties change feed; pass <c>NextCursor</c> as <c>cursor</c> for the next, null on the last.</summary>
internal sealed record PartyListResponse(IReadOnlyList<PartyResponse> Items, string? NextCursor);
