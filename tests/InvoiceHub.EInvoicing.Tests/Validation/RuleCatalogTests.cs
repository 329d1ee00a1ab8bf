using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Tests.Validation;

/// <summary>The business rules are listed by hand in <see cref="RuleCatalog"/> (scanning the assembly cost every CLI run ~55 ms).</summary>
public sealed class RuleCatalogTests
{
    private static readonly string[] _ruleNamespaces =
    [
        "InvoiceHub.EInvoicing.Validation.Rules.Core",
        "InvoiceHub.EInvoicing.Validation.Rules.Calculations",
    ];

    [Fact]
    public void BusinessRules_EveryRuleClassOfCoreAndCalculations_IsListedOnceInNameOrder()
    {
        var classes = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null && _ruleNamespaces.Contains(t.Namespace))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        var listed = RuleCatalog.BusinessRules()
            .Select(r => r.GetType())
            .Where(t => _ruleNamespaces.Contains(t.Namespace))
            .Select(t => t.Name)
            .ToList();

        classes.Count.ShouldBeGreaterThan(50, "the rule classes were found");
        listed.ShouldBe(classes);
    }
}
