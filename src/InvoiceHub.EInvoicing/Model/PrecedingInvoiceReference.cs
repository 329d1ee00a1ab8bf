namespace InvoiceHub.EInvoicing.Model;

/// <summary>A preceding invoice reference (BG-3).</summary>
/// <param name="Number">BT-25 preceding invoice reference.</param>
/// <param name="IssueDate">BT-26 preceding invoice issue date.</param>
public sealed record PrecedingInvoiceReference(string Number, DateOnly? IssueDate = null);
