using System.Xml;
using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Xml;

/// <summary>
/// Builds a document's one tree of <see cref="XmlNode"/> elements from the reader <see cref="SafeXmlLoader"/> reads.
/// It is the tree <c>XDocument.Load</c> builds from the same reader (CDATA as <see cref="XCData"/>, namespace
/// declarations as attributes, an element written with start and end tag not empty, whitespace kept in text and under
/// xml:space="preserve"), but without the whitespace-only text in an element that has child elements: the indentation.
/// </summary>
/// <remarks>
/// Every official test that reads text reads a leaf's (a value, an identifier, a date) or normalises it, so the
/// indentation never changes a verdict; it was about a fifth of the tree's objects and, with the strings the reader made
/// for it, about 15 % of the time to validate a long invoice (measured on the native CLI, docs/cli.md).
/// </remarks>
internal sealed class SourceTreeBuilder
{
    private readonly List<XmlNode> _open = new(32);

    // Whether the innermost open element has a child element yet: whitespace after one is indentation.
    private bool _openHasChildElement;

    // Whitespace-only text not yet after a child element: part of the element's text if text or the end tag follows
    // (<cbc:Note>   </cbc:Note>), indentation if a child element does.
    private string? _pendingWhitespace;

    private readonly string[] _namespaceUris = new string[8];
    private readonly XNamespace[] _namespaces = new XNamespace[8];
    private int _namespaceCount;

    public XmlNode? Root { get; private set; }

    /// <summary>The local name of the innermost element not yet ended, for messages about where reading stopped.</summary>
    public string? OpenElementName => _open.Count > 0 ? _open[^1].LocalName : null;

    /// <summary>Call with the reader on an element (not on one of its attributes); leaves it there.</summary>
    public void StartElement(XmlReader reader, int line)
    {
        _pendingWhitespace = null;
        var element = new XmlNode(Name(reader.LocalName, reader.NamespaceURI), line);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                // As XDocument.Load names them: an unprefixed attribute is in no namespace, xmlns="..." included.
                var namespaceUri = reader.Prefix.Length == 0 ? string.Empty : reader.NamespaceURI;
                element.Add(new XAttribute(Name(reader.LocalName, namespaceUri), reader.Value));
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        if (reader.IsEmptyElement)
        {
            Close(element);
        }
        else
        {
            _open.Add(element);
            _openHasChildElement = false;
        }
    }

    /// <summary>Text that is not whitespace only (the reader gives text and the whitespace next to it as one node).</summary>
    public void Text(string text)
    {
        if (_open.Count > 0)
        {
            AddPendingWhitespace();
            _open[^1].Add(text);
        }
    }

    /// <summary>
    /// Whitespace-only text (the reader on it): kept while it can still be a leaf's value; dropped, without the reader
    /// ever making a string of it, after a child element. Outside the root element it is not part of the tree.
    /// </summary>
    public void Whitespace(XmlReader reader)
    {
        if (_open.Count > 0 && !_openHasChildElement)
        {
            _pendingWhitespace = _pendingWhitespace is null ? reader.Value : _pendingWhitespace + reader.Value;
        }
    }

    public void CData(string text)
    {
        AddPendingWhitespace();
        _open[^1].Add(new XCData(text));
    }

    public void EndElement()
    {
        AddPendingWhitespace();
        var element = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (element.IsEmpty)
        {
            // <a></a>: XDocument.Load gives it empty content rather than none, which is what tells it from <a/>.
            element.Add(string.Empty);
        }

        Close(element);
    }

    private void AddPendingWhitespace()
    {
        if (_pendingWhitespace is not null)
        {
            _open[^1].Add(_pendingWhitespace);
            _pendingWhitespace = null;
        }
    }

    private XName Name(string localName, string namespaceUri) => Namespace(namespaceUri).GetName(localName);

    // The reader atomizes names, so a namespace URI seen again is the same string: compared by reference, the namespace
    // is found without hashing its URI again (XNamespace.Get does, and elements switch between cac, cbc and the
    // attributes' empty namespace all the time). A document uses a handful of namespaces.
    private XNamespace Namespace(string namespaceUri)
    {
        if (namespaceUri.Length == 0)
        {
            return XNamespace.None;
        }

        for (var i = 0; i < _namespaceCount; i++)
        {
            if (ReferenceEquals(_namespaceUris[i], namespaceUri))
            {
                return _namespaces[i];
            }
        }

        var found = XNamespace.Get(namespaceUri);
        if (_namespaceCount < _namespaces.Length)
        {
            _namespaceUris[_namespaceCount] = namespaceUri;
            _namespaces[_namespaceCount++] = found;
        }

        return found;
    }

    // An element joins its parent only once it is complete: adding to an element that has no parent yet spares the
    // walks up the ancestors that XContainer.Add makes (for change notifications, against cycles); the order of the
    // children is still document order.
    private void Close(XmlNode element)
    {
        if (_open.Count == 0)
        {
            Root = element;
        }
        else
        {
            _open[^1].Add(element);
            _openHasChildElement = true;
        }
    }
}
