namespace InvoiceHub.Parties.Sync.UpsertParty;

/// <summary>One refused field, named by its JSON path (e.g. <c>ibans[1]</c>), with what to fix.</summary>
internal sealed record FieldError(string Field, string Message);
