namespace InvoiceHub.EInvoicing.Xml;

/// <summary>A compact, read-only element tree built by <see cref="SafeXmlLoader"/>.</summary>
/// <remarks>
/// Cheaper than XDocument (no text nodes, no namespace objects, no parent links) and carries line numbers
/// for messages. Readers look children up by local name: the syntaxes we read never reuse a local name
/// for two different things under one parent, and matching by local name lets one CII reader serve both
/// the D16B and the ZUGFeRD 1.0 namespaces.
/// </remarks>
internal sealed class XmlNode(string localName, string namespaceUri, int line)
{
    // Above this many children (the root of a long invoice holds every line) Child looks names up in a map built
    // once, instead of scanning thousands of lines for each header element the reader asks for.
    private const int ManyChildren = 64;

    // Children are linked (first, last, next sibling) rather than held in a list per parent, and the first attribute is
    // kept in two fields (most elements have none or one): a long invoice has tens of thousands of elements, and the
    // per-parent lists and attribute lists were about a quarter of the bytes this tree allocated.
    private XmlNode? _firstChild;
    private XmlNode? _lastChild;
    private int _childCount;
    private Dictionary<string, XmlNode>? _firstByName;
    private string? _attributeName;
    private string? _attributeValue;
    private List<KeyValuePair<string, string>>? _moreAttributes;

    public string LocalName { get; } = localName;

    public string NamespaceUri { get; } = namespaceUri;

    public int Line { get; } = line;

    /// <summary>The element's own text (concatenated text and CDATA children), or null when it has none.</summary>
    public string? Text { get; set; }

    /// <summary>The next element under the same parent, in document order.</summary>
    public XmlNode? NextSibling { get; private set; }

    public IEnumerable<XmlNode> Children
    {
        get
        {
            for (var child = _firstChild; child is not null; child = child.NextSibling)
            {
                yield return child;
            }
        }
    }

    public void AddChild(XmlNode child)
    {
        if (_lastChild is null)
        {
            _firstChild = child;
        }
        else
        {
            _lastChild.NextSibling = child;
        }

        _lastChild = child;
        _childCount++;
        _firstByName = null;
    }

    public void AddAttribute(string localName, string value)
    {
        if (_attributeName is null)
        {
            _attributeName = localName;
            _attributeValue = value;
        }
        else
        {
            (_moreAttributes ??= []).Add(new(localName, value));
        }
    }

    public string? Attribute(string localName)
    {
        if (_attributeName is null)
        {
            return null;
        }

        if (_attributeName == localName)
        {
            return _attributeValue;
        }

        if (_moreAttributes is not null)
        {
            foreach (var attribute in _moreAttributes)
            {
                if (attribute.Key == localName)
                {
                    return attribute.Value;
                }
            }
        }

        return null;
    }

    public XmlNode? Child(string localName)
    {
        if (_childCount > ManyChildren)
        {
            return FirstByName().GetValueOrDefault(localName);
        }

        for (var child = _firstChild; child is not null; child = child.NextSibling)
        {
            if (child.LocalName == localName)
            {
                return child;
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

    private Dictionary<string, XmlNode> FirstByName()
    {
        if (_firstByName is null)
        {
            var map = new Dictionary<string, XmlNode>(StringComparer.Ordinal);
            for (var child = _firstChild; child is not null; child = child.NextSibling)
            {
                map.TryAdd(child.LocalName, child);
            }

            _firstByName = map;
        }

        return _firstByName;
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

    public override string ToString() => $"{LocalName} (line {Line})";

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
