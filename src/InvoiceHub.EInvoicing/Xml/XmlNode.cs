using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Xml;

/// <summary>
/// An element of the one tree <see cref="SafeXmlLoader"/> builds for a document: an <see cref="XElement"/>, which the
/// validation rules read as it is, with the line number and the look-ups by local name that the readers use.
/// </summary>
/// <remarks>
/// Readers look children up by local name: the syntaxes we read never reuse a local name for two different things
/// under one parent, and matching by local name lets one CII reader serve both the D16B and the ZUGFeRD 1.0
/// namespaces. The reader used to have a tree of its own beside the rules' XElement tree; one tree is about 40 % fewer
/// bytes for a long invoice, which in a short process is time (docs/cli.md, "Speed").
/// </remarks>
internal sealed class XmlNode(XName name, int line) : XElement(name)
{
    // Above this many children (the root of a long invoice holds every line) Child looks names up in a map built
    // once, instead of scanning thousands of lines for each header element the reader asks for.
    private const int ManyChildren = 64;

    private Dictionary<string, XmlNode>? _firstByName;

    public string LocalName => Name.LocalName;

    public string NamespaceUri => Name.NamespaceName;

    public int Line { get; } = line;

    /// <summary>The element's own text (its text and CDATA, not its children's), or null when it has none.</summary>
    public string? Text => HasElements ? OwnTextBesideChildren() : IsEmpty ? null : Value;

    /// <summary>The next element under the same parent, in document order.</summary>
    public XmlNode? NextSibling
    {
        get
        {
            for (var node = NextNode; node is not null; node = node.NextNode)
            {
                if (node is XmlNode sibling)
                {
                    return sibling;
                }
            }

            return null;
        }
    }

    public IEnumerable<XmlNode> Children
    {
        get
        {
            for (var child = FirstChild(); child is not null; child = child.NextSibling)
            {
                yield return child;
            }
        }
    }

    /// <summary>The value of the attribute with this local name (in any namespace; namespace declarations are not attributes here).</summary>
    public string? AttributeValue(string localName)
    {
        for (var attribute = FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (attribute.Name.LocalName == localName && !attribute.IsNamespaceDeclaration)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    public XmlNode? Child(string localName)
    {
        if (_firstByName is not null)
        {
            return _firstByName.GetValueOrDefault(localName);
        }

        var scanned = 0;
        for (var child = FirstChild(); child is not null; child = child.NextSibling)
        {
            if (child.LocalName == localName)
            {
                return child;
            }

            if (++scanned > ManyChildren)
            {
                return FirstByName().GetValueOrDefault(localName);
            }
        }

        return null;
    }

    /// <summary>The next sibling with the same local name: with <see cref="Child"/>, walks <see cref="ChildrenNamed"/> without an iterator.</summary>
    public XmlNode? NextNamed()
    {
        for (var sibling = NextSibling; sibling is not null; sibling = sibling.NextSibling)
        {
            if (sibling.LocalName == LocalName)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>Follows a path of local names, taking the first match at each step.</summary>
    public XmlNode? Path(params ReadOnlySpan<string> localNames)
    {
        var node = this;
        foreach (var name in localNames)
        {
            node = node.Child(name);
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public IEnumerable<XmlNode> ChildrenNamed(string localName)
    {
        for (var child = Child(localName); child is not null; child = child.NextNamed())
        {
            yield return child;
        }
    }

    /// <summary>Trimmed text of a child element, null when absent or empty.</summary>
    public string? ChildText(string localName) => Trimmed(Child(localName)?.Text);

    public string? TrimmedText => Trimmed(Text);

    private XmlNode? FirstChild()
    {
        // FirstNode would turn a text-only element's string content into an XText node: asked only when there are elements.
        if (!HasElements)
        {
            return null;
        }

        for (var node = FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XmlNode child)
            {
                return child;
            }
        }

        return null;
    }

    private Dictionary<string, XmlNode> FirstByName()
    {
        if (_firstByName is null)
        {
            var map = new Dictionary<string, XmlNode>(StringComparer.Ordinal);
            for (var child = FirstChild(); child is not null; child = child.NextSibling)
            {
                map.TryAdd(child.LocalName, child);
            }

            _firstByName = map;
        }

        return _firstByName;
    }

    // Mixed content, which no invoice syntax has: the text nodes beside the child elements.
    private string? OwnTextBesideChildren()
    {
        string? text = null;
        foreach (var node in Nodes())
        {
            if (node is XText part)
            {
                text = text is null ? part.Value : text + part.Value;
            }
        }

        return text;
    }

    private static string? Trimmed(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
