namespace InvoiceHub.Web.Resources;

/// <summary>Page translations of module validators' custom messages, keyed by the rule's error code.</summary>
internal sealed class ValidationText;
