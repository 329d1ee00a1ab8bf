using System.Text;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Validation;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Tests.Validation;

/// <summary>
/// Synthetic documents that make the syntax rules fire in bulk, for the finding snapshot: the corpus documents are
/// mostly clean, so without these a change to how restriction rows, cardinalities or assertions are evaluated could
/// go unnoticed. Built deterministically from our own fixture, corpus documents and the generated restriction tables.
/// </summary>
internal static class StressDocuments
{
    public static IEnumerable<(string Name, byte[] Xml)> All()
    {
        var ubl = Fixture();
        var cii = XDocument.Load(CorpusLocator.PathOf("cii/CII_business_example_01.xml"));
        yield return ("stress/ubl-restrictions-first", WithRestrictions(ubl, "ubl-restrictions", last: false));
        yield return ("stress/ubl-restrictions-last", WithRestrictions(ubl, "ubl-restrictions", last: true));
        yield return ("stress/cii-restrictions-first", WithRestrictions(cii, "cii-restrictions", last: false));
        yield return ("stress/cii-restrictions-last", WithRestrictions(cii, "cii-restrictions", last: true));
        yield return ("stress/ubl-doubled", Doubled(ubl));
        yield return ("stress/ubl-max-content-doubled", Doubled(XDocument.Load(CorpusLocator.PathOf("ubl/Invoice-Max_content.xml"))));
        yield return ("stress/ubl-creditnote-max-content-doubled", Doubled(XDocument.Load(CorpusLocator.PathOf("ubl/CreditNote-Max_content.xml"))));
        yield return ("stress/cii-doubled", Doubled(cii));
        yield return ("stress/cii-example1-doubled", Doubled(XDocument.Load(CorpusLocator.PathOf("cii/CII_example1.xml"))));
    }

    private static XDocument Fixture()
    {
        using var stream = typeof(StressDocuments).Assembly.GetManifestResourceStream("Fixtures.ValidUblInvoice.xml")!;
        return XDocument.Load(stream);
    }

    /// <summary>Every row of a restriction table made true at once: its path is added under the first (or last) context element.</summary>
    private static byte[] WithRestrictions(XDocument source, string table, bool last)
    {
        var document = new XDocument(source);
        foreach (var (_, context, path) in Rows(table))
        {
            var targets = Contexts(document, context);
            if (targets.Count == 0)
            {
                continue;
            }

            Offend(last ? targets[^1] : targets[0], path);
        }

        return Bytes(document);
    }

    /// <summary>Adds a restriction row's path (elements, and a final attribute) under a context element.</summary>
    public static void Offend(XElement target, string path)
    {
        var parts = path.TrimStart('/').Split('/');
        var attribute = parts[^1].StartsWith('@') ? parts[^1][1..] : null;
        var steps = attribute is null ? parts : parts[..^1];
        var current = target;
        foreach (var step in steps)
        {
            var child = new XElement(Ns.Name(step), "1");
            current.Add(child);
            current = child;
        }

        if (attribute is not null)
        {
            current.SetAttributeValue(attribute, "x");
        }
    }

    /// <summary>Each element of the first two levels repeated once (so every cardinality of one is exceeded).</summary>
    private static byte[] Doubled(XDocument source)
    {
        var document = new XDocument(source);
        foreach (var element in document.Root!.Elements().Elements().ToList())
        {
            element.AddAfterSelf(new XElement(element));
        }

        foreach (var element in document.Root.Elements().ToList())
        {
            element.AddAfterSelf(new XElement(element));
        }

        return Bytes(document);
    }

    /// <summary>The elements a row's context selects; an absolute context the document lacks is created first.</summary>
    public static List<XElement> Contexts(XDocument document, string context)
    {
        if (context == "/")
        {
            return [document.Root!];
        }

        var steps = context.TrimStart('/').Split('/').Select(Ns.Name).ToArray();
        if (context.StartsWith("//", StringComparison.Ordinal))
        {
            return [.. document.Descendants(steps[^1]).Where(e => Chain(e, steps))];
        }

        // An absolute context that the document lacks is created, so that its rows are exercised too.
        var current = document.Root!;
        foreach (var step in steps.Skip(1))
        {
            var next = current.Elements(step).LastOrDefault();
            if (next is null)
            {
                next = new XElement(step);
                current.Add(next);
            }

            current = next;
        }

        return [.. document.Descendants(steps[^1]).Where(e => Chain(e, steps) && e.Ancestors().Count() == steps.Length - 1)];
    }

    private static bool Chain(XElement element, XName[] steps)
    {
        XElement? current = element;
        for (var i = steps.Length - 1; i >= 0; i--)
        {
            if (current is null || current.Name != steps[i])
            {
                return false;
            }

            current = current.Parent;
        }

        return true;
    }

    /// <summary>The rows of a generated restriction table: rule id, context, path.</summary>
    public static IReadOnlyList<(string Id, string Context, string Path)> Rows(string table)
    {
        using var stream = typeof(InvoiceValidator).Assembly.GetManifestResourceStream($"InvoiceHub.Syntax.{table}.tsv")!;
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                var columns = line.Split('\t');
                rows.Add((columns[0], columns[2], columns[3]));
            }
        }

        return rows;
    }

    public static byte[] Bytes(XDocument document) => Encoding.UTF8.GetBytes(document.Declaration + document.ToString(SaveOptions.DisableFormatting));
}
