using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Validation.Xml;

/// <summary>
/// Every element of a document grouped by name, built in one pass, so that rules look elements up
/// instead of each walking the whole tree (which would make validation quadratic in the lines).
/// </summary>
internal sealed class XmlIndex
{
    private static readonly IReadOnlyList<XElement> _none = [];
    // Sized for the ~100-200 distinct names of an invoice, so that building it rarely resizes.
    private readonly Dictionary<XName, List<XElement>> _byName = new(256);

    public XmlIndex(XElement root)
    {
        Root = root;
        Syntax = root.Name.Namespace == Ns.Rsm ? XmlSyntax.Cii : XmlSyntax.Ubl;
        // Counted first so the two long lists are allocated once: grown by doubling, a long invoice's lists would
        // allocate several large-object-heap arrays, each of which can set off a full collection.
        var (count, attributed) = Count(root);
        var all = new List<XElement>(count);
        var withAttributes = new List<XElement>(attributed);

        // Pre-order walk over the node links (DescendantsAndSelf would allocate an iterator per level); siblings
        // often share a name, so the last list is kept to skip most dictionary look-ups.
        List<XElement>? lastList = null;
        XName? lastName = null;
        XElement? element = root;
        while (element is not null)
        {
            all.Add(element);
            if (element.HasAttributes)
            {
                withAttributes.Add(element);
            }

            var name = element.Name;
            if (!ReferenceEquals(name, lastName))
            {
                if (!_byName.TryGetValue(name, out lastList))
                {
                    lastList = [];
                    _byName.Add(name, lastList);
                }

                lastName = name;
            }

            lastList!.Add(element);
            element = Next(element, root);
        }

        All = all;
        WithAttributes = withAttributes;
    }

    private static (int Elements, int WithAttributes) Count(XElement root)
    {
        var elements = 0;
        var withAttributes = 0;
        for (var element = root; element is not null; element = Next(element, root))
        {
            elements++;
            withAttributes += element.HasAttributes ? 1 : 0;
        }

        return (elements, withAttributes);
    }

    public XElement Root { get; }

    public XmlSyntax Syntax { get; }

    public bool IsCreditNote => Root.Name == Ns.UblCreditNote + "CreditNote";

    /// <summary>All elements in document order.</summary>
    public IReadOnlyList<XElement> All { get; }

    /// <summary>The elements that carry at least one attribute, in document order.</summary>
    public IReadOnlyList<XElement> WithAttributes { get; }

    /// <summary>All elements with this name, in document order.</summary>
    public IReadOnlyList<XElement> Named(XName name) => _byName.TryGetValue(name, out var list) ? list : _none;

    public IEnumerable<XName> Names => _byName.Keys;

    /// <summary>What <c>Root.Descendants(name)</c> gives, from the index instead of a walk of the whole tree.</summary>
    public IEnumerable<XElement> Descendants(XName name)
    {
        var list = Named(name);
        return list.Count > 0 && list[0] == Root ? list.Skip(1) : list;
    }

    /// <summary>What <c>Root.Descendants()</c> gives: every element but the root, in document order.</summary>
    public IEnumerable<XElement> Descendants() => All.Skip(1);

    /// <summary>The element after this one in document order, within the root's subtree.</summary>
    private static XElement? Next(XElement element, XElement root)
    {
        if (FirstChild(element) is { } child)
        {
            return child;
        }

        for (var current = element; current != root; current = current.Parent!)
        {
            if (NextSibling(current) is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    private static XElement? FirstChild(XElement element)
    {
        // FirstNode would turn a text-only element's string content into an XText node (an allocation per leaf).
        if (!element.HasElements)
        {
            return null;
        }

        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child)
            {
                return child;
            }
        }

        return null;
    }

    private static XElement? NextSibling(XElement element)
    {
        for (var node = element.NextNode; node is not null; node = node.NextNode)
        {
            if (node is XElement sibling)
            {
                return sibling;
            }
        }

        return null;
    }
}
