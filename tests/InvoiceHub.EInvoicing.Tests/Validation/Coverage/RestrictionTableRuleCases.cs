using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The generated restriction tables (UBL-CR-*, CII-SR-*, ... "element X shall not be used here"), one case per rule
/// id generated from the table itself: the valid base document has the row's context (created where it lacks it,
/// as <see cref="StressDocuments"/> does, or for a '//' context under the root) but not the element; adding the
/// row's path under the context triggers it.
/// </summary>
internal static class RestrictionTableRuleCases
{
    [RuleCaseSource]
    public static IEnumerable<RuleCase> All() => Table("ubl-restrictions", "UBL", UblFixture.Valid).Concat(Table("cii-restrictions", "CII", UblFixture.ValidCii));

    private static IEnumerable<RuleCase> Table(string table, string syntax, Func<UblFixture> fixture)
    {
        foreach (var row in StressDocuments.Rows(table).DistinctBy(r => r.Id))
        {
            yield return new RuleCase("RestrictionTable", row.Id, syntax, ValidationProfile.En16931,
                () => Build(fixture().Document, row.Context, row.Path),
                () => Build(fixture().Document, row.Context, path: null));
        }
    }

    private static byte[] Build(XDocument document, string context, string? path)
    {
        var targets = StressDocuments.Contexts(document, context);
        if (targets.Count == 0 && context.StartsWith("//", StringComparison.Ordinal))
        {
            // A descendant context the fixture lacks matches anywhere: it is created under the root.
            var created = document.Root!;
            foreach (var step in context[2..].Split('/'))
            {
                var child = new XElement(Ns.Name(step));
                created.Add(child);
                created = child;
            }

            targets = [created];
        }

        if (path is not null)
        {
            StressDocuments.Offend(targets[0], path);
        }

        return StressDocuments.Bytes(document);
    }
}
