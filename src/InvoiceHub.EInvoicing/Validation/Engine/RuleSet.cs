namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>A named, ordered set of rules applied together (e.g. "EN16931-UBL", "XRechnung-CII").</summary>
internal sealed record RuleSet(string Name, IReadOnlyList<Rule> Rules);
