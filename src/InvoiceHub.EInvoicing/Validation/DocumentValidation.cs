using InvoiceHub.EInvoicing.Reading;

namespace InvoiceHub.EInvoicing.Validation;

/// <summary>The outcome of reading and validating one document: the read result, and the verdict when it was readable.</summary>
public sealed record DocumentValidation(ReadResult Read, ValidationResult? Result)
{
    public bool IsReadable => Result is not null;
}
