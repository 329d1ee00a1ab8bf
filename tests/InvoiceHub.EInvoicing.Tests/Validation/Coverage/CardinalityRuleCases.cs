using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Rules.Syntax;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The cardinality rules (UBL-SR-*, CII-SR-* "X shall occur at most n times in C"), generated from each rule's own
/// statement: our fixture with the context (created where it lacks it) holding the path as often as allowed does not
/// trigger it; one more occurrence does. Rules with only a lower bound are stated by hand with the syntax rules.
/// </summary>
internal static class CardinalityRuleCases
{
    [RuleCaseSource]
    public static IEnumerable<RuleCase> All() =>
        Cases(RuleCatalog.En16931Ubl, "UBL", UblFixture.Valid).Concat(Cases(RuleCatalog.En16931Cii, "CII", UblFixture.ValidCii));

    private static IEnumerable<RuleCase> Cases(RuleSet rules, string syntax, Func<UblFixture> fixture)
    {
        foreach (var rule in rules.Rules.OfType<MaxOccursRule>().DistinctBy(r => r.Id).Where(r => r.Shape.Max < int.MaxValue))
        {
            var (context, path, min, max) = rule.Shape;
            yield return new RuleCase("Cardinality", rule.Id, syntax, ValidationProfile.En16931,
                () => Build(fixture().Document, context, path, max + 1),
                () => Build(fixture().Document, context, path, Math.Max(min, 1)));
        }
    }

    /// <summary>The document with at least <paramref name="occurrences"/> of the path in the first context element.</summary>
    private static byte[] Build(XDocument document, string context, string path, int occurrences)
    {
        var target = Context(document, context);
        var elementPath = ElementPath.Parse(path);
        while (elementPath.CountFrom(target, new XmlIndex(document.Root!)) < occurrences)
        {
            StressDocuments.Offend(target, path);
        }

        return StressDocuments.Bytes(document);
    }

    private static XElement Context(XDocument document, string context)
    {
        if (ContextPattern.Parse(context).Select(new XmlIndex(document.Root!)).FirstOrDefault() is { } existing)
        {
            return existing;
        }

        // Created from the root: an absolute context names the root first, a relative or '//' one does not.
        var steps = context.TrimStart('/').Split('/').Select(Ns.Name).ToList();
        if (context.StartsWith('/') && !context.StartsWith("//", StringComparison.Ordinal))
        {
            steps.RemoveAt(0);
        }

        var current = document.Root!;
        foreach (var step in steps)
        {
            var next = current.Element(step);
            if (next is null)
            {
                next = new XElement(step);
                current.Add(next);
            }

            current = next;
        }

        return current;
    }
}
