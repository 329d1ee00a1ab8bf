using System.Text;
using System.Xml;
using InvoiceHub.EInvoicing.Reading;

namespace InvoiceHub.EInvoicing.Xml;

/// <summary>
/// Loads XML with a forward-only reader into the one tree that the readers (as <see cref="XmlNode"/>) and the
/// validation rules (as <see cref="System.Xml.Linq.XElement"/>) read, refusing anything hostile.
/// </summary>
internal static class SafeXmlLoader
{
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

            // Whitespace-only text is reported, so that the tree keeps it where it is an element's value
            // (SourceTreeBuilder drops the indentation without reading it).
            IgnoreWhitespace = false,
            CloseInput = false,
        };

        var tree = new SourceTreeBuilder();
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

                        tree.StartElement(reader, line);
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.SignificantWhitespace:
                        tree.Text(reader.Value);
                        break;
                    case XmlNodeType.CDATA:
                        tree.CData(reader.Value);
                        break;
                    case XmlNodeType.Whitespace:
                        tree.Whitespace(reader);
                        break;
                    case XmlNodeType.EndElement:
                        tree.EndElement();
                        break;
                }
            }

            return tree.Root is { } root
                ? new XmlLoadResult(root, null)
                : Fail(ReadErrorKind.Empty, "document contains no XML element", null, null);
        }
        catch (XmlException ex)
        {
            var element = tree.OpenElementName;
            var kind = ex.Message.Contains("DTD", StringComparison.Ordinal) ? ReadErrorKind.DtdProhibited : ReadErrorKind.MalformedXml;
            var where = element is null ? string.Empty : $" in <{element}>";

            // The DTD refusal carries no position; then the message names none rather than "line 0".
            int? errorLine = ex.LineNumber > 0 ? ex.LineNumber : null;
            var at = errorLine is null ? string.Empty : $" at line {errorLine}";
            var message = kind == ReadErrorKind.DtdProhibited
                ? "DTDs and entity declarations are not accepted (no DOCTYPE may precede the invoice)"
                : $"malformed XML{where}{at}: {ex.Message}";
            return new XmlLoadResult(null, new ReadError(kind, message, element, errorLine));
        }
        catch (InputLimitExceededException ex)
        {
            var element = tree.OpenElementName;
            return Fail(ReadErrorKind.LimitExceeded, ex.Message, element, line == 0 ? null : line);
        }
        catch (DecoderFallbackException ex)
        {
            var element = tree.OpenElementName;
            return Fail(ReadErrorKind.MalformedXml, $"bytes do not match the declared encoding: {ex.Message}", element, line == 0 ? null : line);
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
        return new XmlLoadResult(null, new ReadError(kind, reason + where, element, line));
    }
}
