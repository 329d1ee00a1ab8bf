namespace InvoiceHub.Forwarding.Channels.Datev;

/// <summary>A value that cannot go into a DATEV batch, with the document (Belegfeld 1 / internal number) it belongs to.</summary>
internal sealed record DatevError(string InternalNumber, string Message);
