using System.Collections.Concurrent;
using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Validation.Xml;

/// <summary>
/// Relative child paths written the way the official rules write them (<c>cac:Party/cac:Contact/cbc:Name</c>), so the
/// profile rules read like their specification. Paths are parsed once and cached.
/// </summary>
internal static class PathExtensions
{
    private static readonly ConcurrentDictionary<string, XName[]> _paths = new(StringComparer.Ordinal);

    /// <summary>The first element the path selects, or null.</summary>
    public static XElement? FirstAt(this XElement? element, string path)
    {
        if (element is null)
        {
            return null;
        }

        XElement? current = element;
        foreach (var step in Steps(path))
        {
            current = current.Element(step);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>Every element the path selects, in document order.</summary>
    public static IEnumerable<XElement> AllAt(this XElement? element, string path)
    {
        if (element is null)
        {
            return [];
        }

        // Starting from the element's own children spares a one-element sequence and an iterator over it per call.
        var steps = Steps(path);
        var current = element.Elements(steps[0]);
        for (var i = 1; i < steps.Length; i++)
        {
            current = current.Elements(steps[i]);
        }

        return current;
    }

    /// <summary>XPath <c>boolean(normalize-space(path))</c> of the first match: present and not blank.</summary>
    public static bool HasText(this XElement? element, string path) => element.AllAt(path).Any(e => e.NormalizeSpace().Length > 0);

    public static bool HasElementAt(this XElement? element, string path) => element.FirstAt(path) is not null;

    /// <summary>normalize-space() of the first match ("" when absent).</summary>
    public static string NormalizedTextAt(this XElement? element, string path) => element.FirstAt(path).NormalizeSpace();

    public static string NormalizedAttribute(this XElement? element, string name) => element?.Attribute(name).NormalizeSpace() ?? string.Empty;

    private static XName[] Steps(string path) => _paths.GetOrAdd(path, p => p.Split('/').Select(Ns.Name).ToArray());
}
