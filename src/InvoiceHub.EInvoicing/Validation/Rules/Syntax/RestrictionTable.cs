using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Syntax;

/// <summary>
/// A generated restriction table (id, severity, context, path) as rules, evaluated in one pass per document: an
/// element can only offend against the rows whose path ends in its name (and, mostly, its parent's name), so the
/// rows are grouped by those names and each indexed element is matched backwards against its few candidate rows,
/// instead of each of the ~800 rows walking the document from its context.
/// </summary>
internal sealed class RestrictionTable
{
    private readonly List<ElementRestrictionRule> _rows = [];
    private readonly Dictionary<XName, RestrictionCandidates> _byLastStep = [];
    private readonly List<int> _attributeOnly = [];

    // Made once: a lambda written in Offending would allocate a closure and a delegate for each of the ~800 rows,
    // on every document.
    private readonly Func<ValidationContext, Dictionary<int, IReadOnlyList<XElement>>> _evaluate;

    private RestrictionTable(IEnumerable<(string Id, Severity Severity, string Context, string Path)> rows)
    {
        _evaluate = context => Evaluate(context.Xml!);
        foreach (var (id, severity, context, path) in rows)
        {
            var rule = new ElementRestrictionRule(this, _rows.Count, id, severity, context, path);
            if (rule.Path.Last is not { } last)
            {
                _attributeOnly.Add(_rows.Count);
            }
            else
            {
                if (!_byLastStep.TryGetValue(last, out var candidates))
                {
                    candidates = new RestrictionCandidates();
                    _byLastStep.Add(last, candidates);
                }

                // The parent is fixed by the path's own steps, or by a child path's context; otherwise any parent.
                var parent = rule.Path.ParentOfLast ?? (rule.Path.Descendant ? null : rule.Context.Last);
                candidates.Add(parent, _rows.Count);
            }

            _rows.Add(rule);
        }

        if (_rows.Any(r => r.Path.Last is null && r.Path.Attribute is null))
        {
            throw new InvalidOperationException("a restriction row must name an element or an attribute");
        }
    }

    public IReadOnlyList<ElementRestrictionRule> Rules => _rows;

    public static IReadOnlyList<Rule> Load(string name) => LoadTable(name).Rules;

    public static RestrictionTable LoadTable(string name)
    {
        using var stream = typeof(RestrictionTable).Assembly.GetManifestResourceStream($"InvoiceHub.Syntax.{name}.tsv")
            ?? throw new InvalidOperationException($"Restriction table '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, Severity, string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            var severity = columns[1] == "fatal" ? Severity.Fatal : Severity.Warning;
            rows.Add((columns[0], severity, columns[2], columns[3]));
        }

        return new RestrictionTable(rows);
    }

    /// <summary>
    /// The elements each row reports, in the order the row alone would report them, by row number; a row that
    /// reports nothing is absent. The xml is the context's, evaluated once per document.
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyList<XElement>> Offending(ValidationContext context) => context.Shared(this, _evaluate);

    internal Dictionary<int, IReadOnlyList<XElement>> Evaluate(XmlIndex xml)
    {
        // Few of the ~800 rows fire in a document: hits by row, rather than arrays over all rows.
        var hits = new Dictionary<int, List<(XElement Context, XElement Found)>>();
        foreach (var name in xml.Names)
        {
            if (!_byLastStep.TryGetValue(name, out var candidates))
            {
                continue;
            }

            // Indexed loops: foreach over the IReadOnlyList would allocate an enumerator per name.
            var elements = xml.Named(name);
            for (var i = 0; i < elements.Count; i++)
            {
                var element = elements[i];
                if (element.Parent is { } parent && candidates.ByParent.TryGetValue(parent.Name, out var rows))
                {
                    Match(rows, element, xml, hits);
                }

                Match(candidates.AnyParent, element, xml, hits);
            }
        }

        if (_attributeOnly.Count > 0)
        {
            var withAttributes = xml.WithAttributes;
            for (var i = 0; i < withAttributes.Count; i++)
            {
                Match(_attributeOnly, withAttributes[i], xml, hits);
            }
        }

        var result = new Dictionary<int, IReadOnlyList<XElement>>(hits.Count);
        foreach (var (row, rowHits) in hits)
        {
            result.Add(row, InRowOrder(rowHits));
        }

        return result;
    }

    private static void AddHit(Dictionary<int, List<(XElement, XElement)>> hits, int row, XElement context, XElement found)
    {
        if (!hits.TryGetValue(row, out var rowHits))
        {
            rowHits = [];
            hits.Add(row, rowHits);
        }

        rowHits.Add((context, found));
    }

    private void Match(List<int> rows, XElement element, XmlIndex xml, Dictionary<int, List<(XElement, XElement)>> hits)
    {
        foreach (var row in rows)
        {
            var rule = _rows[row];
            if (rule.Path.Origin(element) is not { } origin)
            {
                continue;
            }

            if (!rule.Path.Descendant)
            {
                if (rule.Context.Selects(origin, xml))
                {
                    AddHit(hits, row, origin, element);
                }

                continue;
            }

            // A descendant path selects the element from its origin and from every ancestor of it.
            for (var context = origin; context is not null; context = context.Parent)
            {
                if (rule.Context.Selects(context, xml))
                {
                    AddHit(hits, row, context, element);
                }
            }
        }
    }

    /// <summary>
    /// Found elements come in document order; a row alone goes context by context, so when contexts nest (possible
    /// only with <c>//</c> contexts) the hits are regrouped by context, keeping document order within each.
    /// </summary>
    private static List<XElement> InRowOrder(List<(XElement Context, XElement Found)> hits)
    {
        var single = true;
        foreach (var (context, _) in hits)
        {
            single &= context == hits[0].Context;
        }

        IEnumerable<(XElement Context, XElement Found)> ordered = single ? hits : hits.OrderBy(h => h.Context, XNode.DocumentOrderComparer);
        return [.. ordered.Select(h => h.Found)];
    }
}
