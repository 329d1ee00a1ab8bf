namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>One official rule: its id, severity and message, and the check that reports where it fails.</summary>
internal abstract class Rule(string id, string message, Severity severity = Severity.Fatal)
{
    public string Id { get; } = id;

    public string Message { get; } = message;

    public Severity Severity { get; } = severity;

    public abstract void Check(ValidationContext context, FindingSink findings);
}
