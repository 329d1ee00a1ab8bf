using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Tests.Hostile;
using InvoiceHub.EInvoicing.Validation;
using SafeXmlLoader = InvoiceHub.EInvoicing.Xml.SafeXmlLoader;
using XmlNode = InvoiceHub.EInvoicing.Xml.XmlNode;

namespace InvoiceHub.EInvoicing.Tests.Reading;

/// <summary>
/// The XElement tree the reader builds for validation in its own pass (<see cref="ReadOptions.KeepSourceTree"/>) is the
/// tree a second parse with <c>XDocument.Load</c> gave, less the indentation (whitespace-only text in an element with
/// child elements, outside xml:space="preserve"), and asking for it changes nothing else: the same model and warnings,
/// and the same error for broken or hostile input.
/// </summary>
public sealed class SourceTreeTests
{
    private const string Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    private static readonly ReadOptions _withSourceTree = new() { KeepSourceTree = true };

    public static TheoryData<string, string> MarkupVariants() => new()
    {
        { "comments and processing instructions", Ubl().Replace("<cbc:Name>Widget</cbc:Name>", "<!-- a --><cbc:Name>Wid<!--x-->get<?pi data?></cbc:Name><?pi?>", StringComparison.Ordinal) + "<!-- after -->" },
        { "comment before the root", Ubl().Replace("<Invoice ", "<!-- before --><?pi before?>\n<Invoice ", StringComparison.Ordinal) },
        { "CDATA", Ubl().Replace("<cbc:Name>Widget</cbc:Name>", "<cbc:Name><![CDATA[Wid & get]]></cbc:Name><cbc:Note>a<![CDATA[b]]>c<![CDATA[]]></cbc:Note>", StringComparison.Ordinal) },
        { "empty and self-closing", Ubl().Replace("<cbc:ID>1</cbc:ID>", "<cbc:ID>1</cbc:ID><cbc:Note></cbc:Note><cbc:Note/><cbc:Note>   </cbc:Note><cbc:Note>\n</cbc:Note>", StringComparison.Ordinal) },
        { "whitespace around comments", Ubl().Replace("<cbc:Name>Widget</cbc:Name>", "<cbc:Name>  <!--c-->  Widget  <!--d-->  </cbc:Name><cbc:Note> <!--e--> </cbc:Note>", StringComparison.Ordinal) },
        { "mixed content", Ubl().Replace("<cbc:Name>Widget</cbc:Name>", "<cbc:Name>Wid <b/> <i/>get<!--c--> <u/> <!--d-->x<![CDATA[ ]]> <s/></cbc:Name>", StringComparison.Ordinal) },
        { "xml:space preserve", Ubl().Replace("<cac:Item>", "<cac:Item xml:space=\"preserve\">  <cbc:Description>   </cbc:Description>", StringComparison.Ordinal) },
        { "entity and character references", Ubl().Replace("<cbc:Name>Widget</cbc:Name>", "<cbc:Name>W&amp;i&#x20;d&#160;g&lt;e&gt;t&quot;</cbc:Name><cbc:Note>&#32;&#10;</cbc:Note><cbc:Note>&#9;</cbc:Note>", StringComparison.Ordinal) },
        { "CRLF and tabs", Ubl().Replace("\n", "\r\n\t", StringComparison.Ordinal) },
        { "no whitespace between elements", Regex.Replace(Ubl(), @">\s+<", "><") },
        { "prefixed root and inner declarations", Ubl().Replace("<Invoice xmlns=", "<inv:Invoice xmlns:inv=", StringComparison.Ordinal).Replace("</Invoice>", "</inv:Invoice>", StringComparison.Ordinal)
            .Replace("<cbc:ID>1</cbc:ID>", $"<cbc:ID xmlns:x=\"urn:x\" x:a=\"1\" schemeID=\"0088\">1</cbc:ID><b:Note xmlns:b=\"{Cbc}\" xmlns=\"urn:other\">n</b:Note>", StringComparison.Ordinal) },
        { "attribute values with references and whitespace", Ubl().Replace("currencyID=\"EUR\">119.00", "currencyID=\" E&#x9;U&amp;R\n \">119.00", StringComparison.Ordinal) },
    };

    [Fact]
    public void Read_WithSourceTree_LeavesOutTheIndentation_AndKeepsALeafsWhitespace()
    {
        var xml = Ubl().Replace("<cbc:ID>1</cbc:ID>", "<cbc:ID>1</cbc:ID><cbc:Note>  </cbc:Note>", StringComparison.Ordinal);

        var tree = InvoiceReader.Read(TestDocuments.Utf8(xml), _withSourceTree).SourceTree.ShouldNotBeNull();

        tree.Nodes().OfType<XText>().ShouldBeEmpty();
        tree.Descendants(XName.Get("Note", Cbc)).ShouldHaveSingleItem().Value.ShouldBe("  ");
        tree.Value.ShouldNotContain("\n");
    }

    [Theory]
    [MemberData(nameof(MarkupVariants))]
    public void Read_WithSourceTree_MarkupVariant_GivesTheTreeOfXDocumentLoadAndTheSameModel(string variant, string xml)
    {
        var bytes = TestDocuments.Utf8(xml);

        ShouldReadTheSame(variant, bytes, bytes);
    }

    [Theory]
    [InlineData("utf-16LE", true)]
    [InlineData("utf-16BE", true)]
    [InlineData("utf-8", true)]
    public void Read_WithSourceTree_EncodingVariant_GivesTheTreeOfXDocumentLoadAndTheSameModel(string encodingName, bool withBom)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var declared = encodingName.StartsWith("utf-16", StringComparison.Ordinal) ? "UTF-16" : "UTF-8";
        var xml = TestDocuments.UblInvoice("Müller &amp; Søn — 株式会社").Replace("encoding=\"UTF-8\"", $"encoding=\"{declared}\"", StringComparison.Ordinal);
        byte[] bytes = [.. (withBom ? encoding.GetPreamble() : []), .. encoding.GetBytes(xml)];

        ShouldReadTheSame(encodingName, bytes, bytes);
    }

    [CorpusFact]
    public void Read_WithSourceTree_EveryCorpusDocument_GivesTheTreeOfXDocumentLoadAndTheSameModel()
    {
        var files = Directory.EnumerateFiles(CorpusLocator.CorpusFolder!, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var compared = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var plain = InvoiceReader.Read(bytes);
            if (plain.SourceXml is not { } xml)
            {
                ShouldBeTheSameRead(InvoiceReader.Read(bytes, _withSourceTree), plain, file);
                continue;
            }

            ShouldReadTheSame(Path.GetRelativePath(CorpusLocator.CorpusFolder!, file), bytes, xml.ToArray());
            compared++;
        }

        compared.ShouldBeGreaterThan(100);
    }

    public static TheoryData<string, string> BrokenDocuments()
    {
        var open = $"""<Invoice xmlns="{TestDocuments.UblNamespace}" xmlns:cbc="{Cbc}">""";
        var full = TestDocuments.UblInvoice();
        return new()
        {
            { "external entity", $"<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n{open}<cbc:ID>&xxe;</cbc:ID></Invoice>" },
            { "entity bomb", $"<?xml version=\"1.0\"?><!DOCTYPE Invoice [<!ENTITY a0 \"lol\"><!ENTITY a1 \"&a0;&a0;&a0;\">]>{open}<cbc:ID>&a1;</cbc:ID></Invoice>" },
            { "nested too deep", open + string.Concat(Enumerable.Repeat("<x>\n", 100)) + string.Concat(Enumerable.Repeat("</x>", 100)) + "</Invoice>" },
            { "truncated", full[..full.IndexOf("<cbc:Name>", StringComparison.Ordinal)] },
            { "truncated in whitespace", full[..(full.IndexOf("<cac:Item>", StringComparison.Ordinal) - 3)] },
            { "mismatched end tag", full.Replace("</cbc:ID>", "</cbc:Id>", StringComparison.Ordinal) },
            { "two roots", full + "<Invoice/>" },
            { "text after the root", full + "\n  text" },
            { "unknown namespace", full.Replace(TestDocuments.UblNamespace, "urn:example:not-an-invoice", StringComparison.Ordinal) },
            { "no element", "<?xml version=\"1.0\"?>\n  " },
            { "empty prefix declaration", full.Replace("<cbc:ID>1</cbc:ID>", "<cbc:ID xmlns:p=\"\">1</cbc:ID>", StringComparison.Ordinal) },
            { "xmlns namespace declared", full.Replace("<cbc:ID>1</cbc:ID>", "<cbc:ID xmlns:p=\"http://www.w3.org/2000/xmlns/\">1</cbc:ID>", StringComparison.Ordinal) },
        };
    }

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Read_WithSourceTree_BrokenDocument_GivesTheSameError(string variant, string xml)
    {
        var bytes = TestDocuments.Utf8(xml);
        var expected = InvoiceReader.Read(bytes);

        var withTree = InvoiceReader.Read(bytes, _withSourceTree);
        var validated = InvoiceValidator.Validate(bytes);

        expected.Error.ShouldNotBeNull(variant);
        ShouldBeTheSameRead(withTree, expected, variant);
        ShouldBeTheSameRead(validated.Read, expected, variant);
        validated.Result.ShouldBeNull(variant);
    }

    [Fact]
    public void Read_WithSourceTree_TooManyElementsOrBytes_IsRefusedTheSameWay()
    {
        var open = $"""<Invoice xmlns="{TestDocuments.UblNamespace}" xmlns:cbc="{Cbc}">""" + "\n";
        var elements = new ReadOptions { MaxElements = 1000 };
        var bytes = new ReadOptions { MaxXmlBytes = 1024 * 1024 };

        using var elementsPlain = new GeneratedStream(open, "<cbc:Note>x</cbc:Note>\n  ", 1024 * 1024);
        using var elementsWithTree = new GeneratedStream(open, "<cbc:Note>x</cbc:Note>\n  ", 1024 * 1024);
        using var bytesPlain = new GeneratedStream(open + "<cbc:Note>", "0123456789abcdef \n", 8 * 1024 * 1024);
        using var bytesWithTree = new GeneratedStream(open + "<cbc:Note>", "0123456789abcdef \n", 8 * 1024 * 1024);

        var expectedElements = InvoiceReader.Read(elementsPlain, elements).Error.ShouldNotBeNull();
        var expectedBytes = InvoiceReader.Read(bytesPlain, bytes).Error.ShouldNotBeNull();

        InvoiceReader.Read(elementsWithTree, elements with { KeepSourceTree = true }).Error.ShouldBe(expectedElements);
        InvoiceReader.Read(bytesWithTree, bytes with { KeepSourceTree = true }).Error.ShouldBe(expectedBytes);
        bytesWithTree.BytesServed.ShouldBe(bytesPlain.BytesServed);
    }

    [Fact]
    public void Read_WithoutTheOption_BuildsNoSourceTree() =>
        InvoiceReader.Read(TestDocuments.Utf8(TestDocuments.UblInvoice())).SourceTree.ShouldBeNull();

    [Fact]
    public void Validate_Document_DoesNotHandBackTheSourceTree()
    {
        var outcome = InvoiceValidator.Validate(TestDocuments.Utf8(TestDocuments.UblInvoice()));

        outcome.Result.ShouldNotBeNull();
        outcome.Read.SourceTree.ShouldBeNull();
    }

    private static string Ubl() => TestDocuments.UblInvoice();

    /// <summary>Reads with and without the tree; the tree must be XDocument.Load's of <paramref name="xml"/>, all else equal.</summary>
    private static void ShouldReadTheSame(string name, byte[] document, byte[] xml)
    {
        var plain = InvoiceReader.Read(document);
        var withTree = InvoiceReader.Read(document, _withSourceTree);

        plain.Error.ShouldBeNull(name);
        ShouldBeTheSameRead(withTree, plain, name);
        Describe(Load(xml, ReadOptions.Default)).ShouldBe(Describe(Load(xml, _withSourceTree)), name);

        var expected = OldParse(xml).Root!;
        var actual = withTree.SourceTree.ShouldNotBeNull(name);
        var expectedLines = Describe(expected);
        var actualLines = Describe(actual);
        var first = Enumerable.Range(0, Math.Min(expectedLines.Count, actualLines.Count)).FirstOrDefault(i => expectedLines[i] != actualLines[i], -1);
        if (first >= 0 || expectedLines.Count != actualLines.Count)
        {
            Assert.Fail($"{name}: tree differs from XDocument.Load's at node {first}:\n  expected: {At(expectedLines, first)}\n  actual:   {At(actualLines, first)}");
        }

        XNode.DeepEquals(expected, actual).ShouldBeTrue(name);
        actual.ToString(SaveOptions.DisableFormatting).ShouldBe(expected.ToString(SaveOptions.DisableFormatting), name);
        actual.Parent.ShouldBeNull(name);
    }

    private static void ShouldBeTheSameRead(ReadResult actual, ReadResult expected, string name)
    {
        ModelDiff.Compare(expected.Invoice, actual.Invoice).ShouldBeEmpty(name);
        actual.Invoice.ShouldBe(expected.Invoice, name);
        actual.Format.ShouldBe(expected.Format, name);
        actual.Error.ShouldBe(expected.Error, name);
        actual.Warnings.ShouldBe(expected.Warnings, name);

        // A PDF's bytes are copied out afresh on every read: compare contents, not buffers.
        SameBytes(actual.Visual, expected.Visual).ShouldBeTrue(name);
        SameBytes(actual.SourceXml, expected.SourceXml).ShouldBeTrue(name);
    }

    private static bool SameBytes(ReadOnlyMemory<byte>? actual, ReadOnlyMemory<byte>? expected) =>
        actual is { } a && expected is { } e ? a.Span.SequenceEqual(e.Span) : actual is null && expected is null;

    // The readers trim most text, so the model alone would not show a change in the reader's own tree.
    private static XmlNode Load(byte[] xml, ReadOptions options)
    {
        using var stream = new MemoryStream(xml, writable: false);
        return SafeXmlLoader.Load(stream, options).Root.ShouldNotBeNull();
    }

    private static string Describe(XmlNode node) =>
        $"<{node.NamespaceUri} {node.LocalName} {node.Line} [{Escape(node.Text ?? "(null)")}] {string.Concat(node.Children.Select(Describe))}>";

    // The second parse InvoiceValidator made before the reader built the tree, less the indentation: comments are kept
    // at first because they split text into the nodes the reader reports, and a whitespace-only one is left out only in
    // an element that has child elements and is not under xml:space="preserve". Without the comments, the text nodes left
    // side by side are then one, as XDocument.Load makes them.
    private static XDocument OldParse(byte[] xml)
    {
        using var stream = new MemoryStream(xml, writable: false);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var document = XDocument.Load(reader, LoadOptions.None);
        var indentation = document.Descendants()
            .Where(e => e.HasElements && (string?)e.AncestorsAndSelf().Select(a => a.Attribute(XNamespace.Xml + "space")).FirstOrDefault(a => a is not null) != "preserve")
            .SelectMany(e => e.Nodes().Where(n => n.NodeType == XmlNodeType.Text && string.IsNullOrWhiteSpace(((XText)n).Value)));
        var commentsAndInstructions = document.DescendantNodes().Where(n => n is XComment or XProcessingInstruction);
        foreach (var node in indentation.Concat(commentsAndInstructions).ToList())
        {
            node.Remove();
        }

        foreach (var element in document.Descendants())
        {
            for (var node = element.FirstNode; node is not null; node = node.NextNode)
            {
                while (node.NodeType == XmlNodeType.Text && node.NextNode is { NodeType: XmlNodeType.Text } next)
                {
                    ((XText)node).Value += ((XText)next).Value;
                    next.Remove();
                }
            }
        }

        return document;
    }

    /// <summary>One line per node in document order, with what a rule can see of it (name, emptiness, attributes, text).</summary>
    private static List<string> Describe(XElement root)
    {
        var lines = new List<string>();
        Walk(root, 0);
        return lines;

        void Walk(XElement element, int depth)
        {
            var attributes = string.Join(" ", element.Attributes().Select(a => $"{a.Name}={Escape(a.Value)}"));
            lines.Add($"{depth} element {element.Name} empty={element.IsEmpty} elements={element.HasElements} [{attributes}]");
            foreach (var node in element.Nodes())
            {
                switch (node)
                {
                    case XElement child:
                        Walk(child, depth + 1);
                        break;
                    case XCData cdata:
                        lines.Add($"{depth + 1} cdata {Escape(cdata.Value)}");
                        break;
                    case XText text:
                        lines.Add($"{depth + 1} text {Escape(text.Value)}");
                        break;
                    default:
                        lines.Add($"{depth + 1} {node.NodeType}");
                        break;
                }
            }
        }
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    private static string At(List<string> lines, int index) => index >= 0 && index < lines.Count ? lines[index] : "(end)";
}
