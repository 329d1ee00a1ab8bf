namespace InvoiceHub.EInvoicing.Validation;

/// <summary>How serious a finding is, as flagged in the official rule sets.</summary>
public enum Severity
{
    Fatal,
    Warning,
    Information,
}
