namespace InvoiceHub.Invoices.IntakeLog;

/// <summary>A page of the intake log; <see cref="Next"/> continues it, null on the last page.</summary>
public sealed record IntakeLogPage(IReadOnlyList<IntakeLogEntry> Items, Guid? Next);
