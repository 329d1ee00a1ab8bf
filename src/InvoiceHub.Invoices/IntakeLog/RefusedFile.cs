namespace InvoiceHub.Invoices.IntakeLog;

/// <summary>The kept bytes of a refused file, for download from the intake log.</summary>
public sealed record RefusedFile(string FileName, string ContentType, byte[] Content);
