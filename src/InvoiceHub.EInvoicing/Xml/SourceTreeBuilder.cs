using System.Xml;
using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Xml;

/// <summary>
/// Builds the <see cref="XElement"/> tree of the validation rules from the reader <see cref="SafeXmlLoader"/> is already
/// reading, so that validation does not parse the document a second time. The tree is the one <c>XDocument.Load</c>
/// builds from the same reader: whitespace text kept, CDATA as <see cref="XCData"/>, namespace declarations as
/// attributes, and an element written with start and end tag (even with nothing between) not empty.
/// </summary>
internal sealed class SourceTreeBuilder
{
    private readonly List<XElement> _open = new(32);

    // The reader atomizes names, so a namespace URI seen again is the same string: compared by reference, the
    // namespace is found without hashing its URI again. An XName cache by reference as well measured only ~2.5 µs per
    // document faster than XNamespace.GetName, but its dictionary allocated 5-8 KB per document.
    private string? _lastNamespaceUri;
    private XNamespace _lastNamespace = XNamespace.None;

    public XElement? Root { get; private set; }

    /// <summary>Call with the reader on an element (not on one of its attributes); leaves it there.</summary>
    public void StartElement(XmlReader reader)
    {
        var element = new XElement(Name(reader.LocalName, reader.NamespaceURI));
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
        }
    }

    /// <summary>Text, including whitespace; whitespace outside the root element is not part of the tree.</summary>
    public void Text(string text)
    {
        if (_open.Count > 0)
        {
            _open[^1].Add(text);
        }
    }

    public void CData(string text) => _open[^1].Add(new XCData(text));

    public void EndElement()
    {
        var element = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (element.IsEmpty)
        {
            // <a></a>: XDocument.Load gives it empty content rather than none, which is what tells it from <a/>.
            element.Add(string.Empty);
        }

        Close(element);
    }

    private XName Name(string localName, string namespaceUri)
    {
        if (!ReferenceEquals(namespaceUri, _lastNamespaceUri))
        {
            _lastNamespace = XNamespace.Get(namespaceUri);
            _lastNamespaceUri = namespaceUri;
        }

        return _lastNamespace.GetName(localName);
    }

    // An element joins its parent only once it is complete: adding to an element that has no parent yet spares the
    // walks up the ancestors that XContainer.Add makes (for change notifications, against cycles); the order of the
    // children is still document order.
    private void Close(XElement element)
    {
        if (_open.Count == 0)
        {
            Root = element;
        }
        else
        {
            _open[^1].Add(element);
        }
    }
}
