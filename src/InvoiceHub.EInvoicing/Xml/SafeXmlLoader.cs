using System.Text;
using System.Xml;
using InvoiceHub.EInvoicing.Reading;

namespace InvoiceHub.EInvoicing.Xml;

/// <summary>
/// Loads XML into an <see cref="XmlNode"/> tree with a forward-only reader, refusing anything hostile; on request also
/// into the <see cref="System.Xml.Linq.XElement"/> tree of the validation rules, in the same pass.
/// </summary>
internal static class SafeXmlLoader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static XmlLoadResult Load(Stream stream, ReadOptions options)
    {
        var settings = new XmlReaderSettings
        {
            // No DTD means no entities: external entities (XXE) and entity expansion bombs fail at the DOCTYPE.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,

            // The source tree keeps whitespace text as XDocument.Load does; the XmlNode tree never takes it.
            IgnoreWhitespace = !options.KeepSourceTree,
            CloseInput = false,
        };

        var sourceTree = options.KeepSourceTree ? new SourceTreeBuilder() : null;
        var stack = new List<XmlNode>(32);
        XmlNode? root = null;
        var elementCount = 0;
        var line = 0;
        try
        {
            using var reader = XmlReader.Create(new LimitedReadStream(stream, options.MaxXmlBytes), settings);
            var lineInfo = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        line = lineInfo.LineNumber;
                        if (++elementCount > options.MaxElements)
                        {
                            return Fail(ReadErrorKind.LimitExceeded, $"more than {options.MaxElements:N0} elements", reader.LocalName, line);
                        }

                        if (reader.Depth >= options.MaxDepth)
                        {
                            return Fail(ReadErrorKind.LimitExceeded, $"elements nested deeper than {options.MaxDepth}", reader.LocalName, line);
                        }

                        var node = new XmlNode(reader.LocalName, reader.NamespaceURI, line);
                        if (reader.MoveToFirstAttribute())
                        {
                            do
                            {
                                if (!ReferenceEquals(reader.NamespaceURI, XmlnsNamespace) && reader.NamespaceURI != XmlnsNamespace)
                                {
                                    node.AddAttribute(reader.LocalName, reader.Value);
                                }
                            }
                            while (reader.MoveToNextAttribute());
                            reader.MoveToElement();
                        }

                        sourceTree?.StartElement(reader);
                        if (stack.Count == 0)
                        {
                            root = node;
                        }
                        else
                        {
                            stack[^1].AddChild(node);
                        }

                        if (!reader.IsEmptyElement)
                        {
                            stack.Add(node);
                        }

                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.SignificantWhitespace:
                        AppendText(stack, reader.Value);
                        sourceTree?.Text(reader.Value);
                        break;
                    case XmlNodeType.CDATA:
                        AppendText(stack, reader.Value);
                        sourceTree?.CData(reader.Value);
                        break;
                    case XmlNodeType.Whitespace:
                        sourceTree?.Whitespace(reader);
                        break;
                    case XmlNodeType.EndElement:
                        stack.RemoveAt(stack.Count - 1);
                        sourceTree?.EndElement();
                        break;
                }
            }

            return root is null
                ? Fail(ReadErrorKind.Empty, "document contains no XML element", null, null)
                : new XmlLoadResult(root, null, sourceTree?.Root);
        }
        catch (XmlException ex)
        {
            var element = stack.Count > 0 ? stack[^1].LocalName : null;
            var kind = ex.Message.Contains("DTD", StringComparison.Ordinal) ? ReadErrorKind.DtdProhibited : ReadErrorKind.MalformedXml;
            var where = element is null ? string.Empty : $" in <{element}>";

            // The DTD refusal carries no position; then the message names none rather than "line 0".
            int? errorLine = ex.LineNumber > 0 ? ex.LineNumber : null;
            var at = errorLine is null ? string.Empty : $" at line {errorLine}";
            var message = kind == ReadErrorKind.DtdProhibited
                ? "DTDs and entity declarations are not accepted (no DOCTYPE may precede the invoice)"
                : $"malformed XML{where}{at}: {ex.Message}";
            return new XmlLoadResult(null, new ReadError(kind, message, element, errorLine), null);
        }
        catch (InputLimitExceededException ex)
        {
            var element = stack.Count > 0 ? stack[^1].LocalName : null;
            return Fail(ReadErrorKind.LimitExceeded, ex.Message, element, line == 0 ? null : line);
        }
        catch (DecoderFallbackException ex)
        {
            var element = stack.Count > 0 ? stack[^1].LocalName : null;
            return Fail(ReadErrorKind.MalformedXml, $"bytes do not match the declared encoding: {ex.Message}", element, line == 0 ? null : line);
        }
    }

    private static void AppendText(List<XmlNode> stack, string text)
    {
        if (stack.Count > 0)
        {
            var parent = stack[^1];
            parent.Text = parent.Text is null ? text : parent.Text + text;
        }
    }

    private static XmlLoadResult Fail(ReadErrorKind kind, string reason, string? element, int? line)
    {
        var where = (element, line) switch
        {
            (not null, not null) => $" (at <{element}>, line {line})",
            (null, not null) => $" (line {line})",
            _ => string.Empty,
        };
        return new XmlLoadResult(null, new ReadError(kind, reason + where, element, line), null);
    }
}
