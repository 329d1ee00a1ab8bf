namespace InvoiceHub.EInvoicing.Validation;

/// <summary>One rule that fired on a document: official rule id, severity, message and the XPath of the offending element.</summary>
public sealed record Finding(string Rule, Severity Severity, string Message, string Location);
