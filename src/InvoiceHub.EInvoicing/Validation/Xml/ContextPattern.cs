using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Validation.Xml;

/// <summary>
/// A schematron rule context of the simple shape: <c>/</c> (the document element), an absolute path, or a
/// relative path that matches wherever its element occurs with those parents (<c>a:B/c:D</c>, <c>//c:D</c>).
/// </summary>
internal sealed class ContextPattern
{
    private readonly XName[] _steps;
    private readonly bool _absolute;

    private ContextPattern(XName[] steps, bool absolute)
    {
        _steps = steps;
        _absolute = absolute;
    }

    public static ContextPattern Parse(string context)
    {
        if (context == "/")
        {
            return new ContextPattern([], true);
        }

        var absolute = context.StartsWith('/') && !context.StartsWith("//", StringComparison.Ordinal);
        var steps = context.TrimStart('/').Split('/').Select(Ns.Name).ToArray();
        return new ContextPattern(steps, absolute);
    }

    /// <summary>The name a matching element has (null for <c>/</c>, which matches the document element whatever its name).</summary>
    public XName? Last => _steps.Length > 0 ? _steps[^1] : null;

    /// <summary>Whether <see cref="Select"/> would return this element of the indexed document.</summary>
    public bool Selects(XElement element, XmlIndex index) => _steps.Length == 0 ? element == index.Root : Matches(element);

    /// <summary>The elements of the document that match this context.</summary>
    public IEnumerable<XElement> Select(XmlIndex index)
    {
        if (_steps.Length == 0)
        {
            yield return index.Root;
            yield break;
        }

        foreach (var candidate in index.Named(_steps[^1]))
        {
            if (Matches(candidate))
            {
                yield return candidate;
            }
        }
    }

    private bool Matches(XElement candidate)
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

        return !_absolute || current is null;
    }
}
