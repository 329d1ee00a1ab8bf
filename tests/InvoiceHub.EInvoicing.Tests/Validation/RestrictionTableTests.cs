using System.Xml.Linq;
using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Validation.Rules.Syntax;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Tests.Validation;

/// <summary>
/// The one-pass evaluation of a restriction table against each row evaluated on its own (context by context, then
/// its path), on the corpus and on stress documents that make every row fire: same elements, same order.
/// </summary>
public sealed class RestrictionTableTests
{
    [CorpusFact]
    public void Evaluate_OnCorpusAndStressDocuments_SelectsWhatEachRowSelectsAlone()
    {
        var tables = new Dictionary<XmlSyntax, RestrictionTable>
        {
            [XmlSyntax.Ubl] = RestrictionTable.LoadTable("ubl-restrictions"),
            [XmlSyntax.Cii] = RestrictionTable.LoadTable("cii-restrictions"),
        };
        var documents = Directory.EnumerateFiles(CorpusLocator.CorpusFolder!, "*.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Name: f, Xml: XDocument.Load(f)))
            .Concat(StressDocuments.All().Select(d => (d.Name, Xml: XDocument.Parse(System.Text.Encoding.UTF8.GetString(d.Xml)))));
        var rowsFired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, document) in documents)
        {
            var index = new XmlIndex(document.Root!);
            var table = tables[index.Syntax];
            var evaluated = table.Evaluate(index);
            for (var row = 0; row < table.Rules.Count; row++)
            {
                // The reference semantics: each context element in document order, then what the path selects from it.
                var rule = table.Rules[row];
                var alone = rule.Context.Select(index).SelectMany(c => rule.Path.From(c, index)).ToList();
                (evaluated.GetValueOrDefault(row) ?? []).ShouldBe(alone, $"{name}: {rule.Id}");
                if (alone.Count > 0)
                {
                    rowsFired.Add($"{index.Syntax} {row}");
                }
            }
        }

        // The comparison means something only if every row fired somewhere.
        rowsFired.Count.ShouldBe(tables.Values.Sum(t => t.Rules.Count));
    }
}
