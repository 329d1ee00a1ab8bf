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
    private static readonly List<XmlNode> _noChildren = [];

    // Above this many children (the root of a long invoice holds every line) Child looks names up in a map built
    // once, instead of scanning thousands of lines for each header element the reader asks for.
    private const int ManyChildren = 64;

    private List<XmlNode>? _children;
    private Dictionary<string, XmlNode>? _firstByName;
    private List<KeyValuePair<string, string>>? _attributes;

    public string LocalName { get; } = localName;

    public string NamespaceUri { get; } = namespaceUri;

    public int Line { get; } = line;

    /// <summary>The element's own text (concatenated text and CDATA children), or null when it has none.</summary>
    public string? Text { get; set; }

    public IReadOnlyList<XmlNode> Children => _children ?? _noChildren;

    public void AddChild(XmlNode child)
    {
        (_children ??= []).Add(child);
        _firstByName = null;
    }

    public void AddAttribute(string localName, string value) => (_attributes ??= []).Add(new(localName, value));

    public string? Attribute(string localName)
    {
        if (_attributes is null)
        {
            return null;
        }

        foreach (var attribute in _attributes)
        {
            if (attribute.Key == localName)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    public XmlNode? Child(string localName)
    {
        if (_children is null)
        {
            return null;
        }

        if (_children.Count > ManyChildren)
        {
            return FirstByName().GetValueOrDefault(localName);
        }

        foreach (var child in _children)
        {
            if (child.LocalName == localName)
            {
                return child;
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
            foreach (var child in _children!)
            {
                map.TryAdd(child.LocalName, child);
            }

            _firstByName = map;
        }

        return _firstByName;
    }

    public IEnumerable<XmlNode> ChildrenNamed(string localName)
    {
        if (_children is null)
        {
            yield break;
        }

        foreach (var child in _children)
        {
            if (child.LocalName == localName)
            {
                yield return child;
            }
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
