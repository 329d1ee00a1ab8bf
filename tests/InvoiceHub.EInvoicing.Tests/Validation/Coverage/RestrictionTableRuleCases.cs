using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// The generated restriction tables (UBL-CR-*, CII-SR-*, ... "element X shall not be used here"), one case per rule
/// id generated from the table itself: the valid base document has the row's context (created where it lacks it,
/// as <see cref="StressDocuments"/> does) but not the element; adding the row's path under the context triggers it.
/// Rows whose descendant context our CII fixture lacks use a corpus document that has it.
/// </summary>
internal static class RestrictionTableRuleCases
{
    private const string CorpusCii = "cii/CII_business_example_01.xml";

    [RuleCaseSource]
    public static IEnumerable<RuleCase> All() => Table("ubl-restrictions", "UBL", UblFixture.Valid).Concat(Table("cii-restrictions", "CII", UblFixture.ValidCii));

    private static IEnumerable<RuleCase> Table(string table, string syntax, Func<UblFixture> fixture)
    {
        foreach (var row in StressDocuments.Rows(table).DistinctBy(r => r.Id))
        {
            var own = StressDocuments.Contexts(new XDocument(fixture().Document), row.Context).Count > 0;
            Func<XDocument> baseline = own ? () => fixture().Document : () => XDocument.Load(Corpus.CorpusLocator.PathOf(CorpusCii));
            yield return new RuleCase("RestrictionTable", row.Id, syntax, ValidationProfile.En16931,
                () => Build(baseline(), row.Context, row.Path),
                () => Build(baseline(), row.Context, path: null),
                NeedsCorpus: !own);
        }
    }

    private static byte[] Build(XDocument document, string context, string? path)
    {
        var targets = StressDocuments.Contexts(document, context);
        if (path is not null)
        {
            StressDocuments.Offend(targets[0], path);
        }

        return StressDocuments.Bytes(document);
    }
}
