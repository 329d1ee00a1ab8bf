namespace InvoiceHub.Invoices.Settings;

/// <summary>What intake does with a document that fails validation.</summary>
public enum InvalidDocumentHandling
{
    /// <summary>Answer 422 with the findings and keep nothing (the default).</summary>
    Refuse,

    /// <summary>Keep it in the in-progress queue with reason <c>invalid</c> and its findings, for a person to decide.</summary>
    Queue,
}
