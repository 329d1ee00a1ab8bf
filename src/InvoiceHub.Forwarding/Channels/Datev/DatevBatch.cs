namespace InvoiceHub.Forwarding.Channels.Datev;

/// <summary>A built batch: its name, CSV and ZIP (null when nothing could be written), the errors, and the documents in it.</summary>
internal sealed record DatevBatch(string Name, byte[]? Csv, byte[]? Zip, IReadOnlyList<DatevError> Errors, IReadOnlyList<Guid> DocumentIds);
