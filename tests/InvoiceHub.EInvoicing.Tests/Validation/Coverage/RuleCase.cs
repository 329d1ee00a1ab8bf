using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The official way of testing a rule: a document that triggers it and one that does not, both validated under
/// <see cref="Profile"/>. <see cref="Family"/> groups the rules in the test report (e.g. "Core", "VatCategories",
/// "PeppolNational"); <see cref="Syntax"/> is "UBL" or "CII". Cases built from ../shared/corpus set
/// <see cref="NeedsCorpus"/> so that they skip, with a message, where the corpus is absent.
/// </summary>
public sealed record RuleCase(
    string Family,
    string Rule,
    string Syntax,
    ValidationProfile Profile,
    Func<byte[]> Triggering,
    Func<byte[]> NotTriggering,
    bool NeedsCorpus = false)
{
    /// <summary>Shown in the test name; unique per rule, syntax and family.</summary>
    public override string ToString() => $"{Family} {Syntax} {Rule}";
}

/// <summary>
/// Marks a static property or method returning <c>IEnumerable&lt;RuleCase&gt;</c>; the coverage tests collect every
/// such source in this assembly, run each case, and check that every rule of every rule set has one.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RuleCaseSourceAttribute : Attribute;
