namespace InvoiceHub.Invoices.Documents;

/// <summary>A validation finding kept on the document record.</summary>
public sealed class DocumentFinding
{
    public required string Rule { get; init; }

    public required string Severity { get; init; }

    public required string Message { get; init; }

    public required string Location { get; init; }
}
