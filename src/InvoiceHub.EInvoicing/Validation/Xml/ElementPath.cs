using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Validation.Xml;

/// <summary>
/// A compiled location path of the simple shape the syntax rules use: <c>a:B/c:D</c> relative to a context,
/// <c>//a:B/c:D</c> anywhere below it, optionally ending in an attribute (<c>/@schemeID</c>).
/// </summary>
internal sealed class ElementPath
{
    private readonly XName[] _steps;

    private ElementPath(XName[] steps, bool descendant, XName? attribute)
    {
        _steps = steps;
        Descendant = descendant;
        Attribute = attribute;
    }

    public bool Descendant { get; }

    public XName? Attribute { get; }

    public XName? Last => _steps.Length > 0 ? _steps[^1] : null;

    /// <summary>The name the parent of a selected element must have, when the path itself says (null: any parent).</summary>
    public XName? ParentOfLast => _steps.Length > 1 ? _steps[^2] : null;

    public static ElementPath Parse(string path)
    {
        var descendant = path.StartsWith("//", StringComparison.Ordinal);
        var parts = path.TrimStart('/').Split('/');
        XName? attribute = null;
        if (parts[^1].StartsWith('@'))
        {
            attribute = XName.Get(parts[^1][1..]);
            parts = parts[..^1];
        }

        return new ElementPath(parts.Where(p => p.Length > 0).Select(Ns.Name).ToArray(), descendant, attribute);
    }

    /// <summary>The first element (or the element carrying the attribute) the path selects from the context, or null.</summary>
    public XElement? FirstFrom(XElement context, XmlIndex index)
    {
        foreach (var element in From(context, index))
        {
            return element;
        }

        return null;
    }

    /// <summary>Elements the path selects from the context (for an attribute path: those carrying the attribute).</summary>
    public IEnumerable<XElement> From(XElement context, XmlIndex index)
    {
        if (Descendant)
        {
            // Descendant steps look the last name up in the index and check the chain upwards.
            var candidates = _steps.Length == 0 ? index.All : index.Named(_steps[^1]);
            foreach (var candidate in candidates)
            {
                if (MatchesUpwards(candidate, context) && (Attribute is null || candidate.Attribute(Attribute) is not null))
                {
                    yield return candidate;
                }
            }

            yield break;
        }

        foreach (var element in Walk(context, 0))
        {
            if (Attribute is null || element.Attribute(Attribute) is not null)
            {
                yield return element;
            }
        }
    }

    /// <summary>
    /// Read backwards from an element the path could select: the element the path starts from (its steps' names
    /// and the attribute match), or null. For a child path that is the only context that selects it; for a
    /// descendant path, that element and every ancestor of it are.
    /// </summary>
    public XElement? Origin(XElement candidate)
    {
        if (Attribute is not null && candidate.Attribute(Attribute) is null)
        {
            return null;
        }

        XElement? current = candidate;
        for (var i = _steps.Length - 1; i >= 0; i--)
        {
            if (current is null || current.Name != _steps[i])
            {
                return null;
            }

            current = current.Parent;
        }

        return current;
    }

    public int CountFrom(XElement context, XmlIndex index)
    {
        if (!Descendant)
        {
            // Counting runs per context element (once per line for the line cardinalities): no iterators.
            return CountWalk(context, 0);
        }

        var count = 0;
        foreach (var unused in From(context, index))
        {
            count++;
        }

        return count;
    }

    private int CountWalk(XElement current, int step)
    {
        if (step == _steps.Length)
        {
            return Attribute is null || current.Attribute(Attribute) is not null ? 1 : 0;
        }

        // FirstNode would turn a text-only element's string content into an XText node.
        if (!current.HasElements)
        {
            return 0;
        }

        var name = _steps[step];
        var count = 0;
        for (var node = current.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name == name)
            {
                count += CountWalk(child, step + 1);
            }
        }

        return count;
    }

    private IEnumerable<XElement> Walk(XElement current, int step)
    {
        if (step == _steps.Length)
        {
            yield return current;
            yield break;
        }

        foreach (var child in current.Elements(_steps[step]))
        {
            foreach (var found in Walk(child, step + 1))
            {
                yield return found;
            }
        }
    }

    private bool MatchesUpwards(XElement candidate, XElement context)
    {
        var current = candidate;
        for (var i = _steps.Length - 1; i >= 0; i--)
        {
            if (current is null || current.Name != _steps[i])
            {
                return false;
            }

            current = current.Parent;
        }

        for (; current is not null; current = current.Parent)
        {
            if (current == context)
            {
                return true;
            }
        }

        return false;
    }
}
