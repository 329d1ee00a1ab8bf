namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>Collects the findings of one validation run.</summary>
internal sealed class FindingSink
{
    private readonly List<Finding> _findings = [];

    public IReadOnlyList<Finding> Findings => _findings;

    public void Add(Rule rule, string location) =>
        _findings.Add(new Finding(rule.Id, rule.Severity, rule.Message, location));

    public void Add(Rule rule, string location, string message) =>
        _findings.Add(new Finding(rule.Id, rule.Severity, message, location));

    public void Add(Finding finding) => _findings.Add(finding);
}
