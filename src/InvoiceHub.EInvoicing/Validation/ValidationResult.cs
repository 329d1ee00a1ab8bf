namespace InvoiceHub.EInvoicing.Validation;

/// <summary>The verdict on one document: the profile it was judged by, the rule sets applied and every finding.</summary>
public sealed record ValidationResult(string Profile, string RuleSet, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when no fatal rule fired.</summary>
    public bool IsValid
    {
        get
        {
            foreach (var finding in Findings)
            {
                if (finding.Severity == Severity.Fatal)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public IEnumerable<string> FatalRuleIds => Findings.Where(f => f.Severity == Severity.Fatal).Select(f => f.Rule).Distinct();
}
