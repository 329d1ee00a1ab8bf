using System.Text;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Xml;
using XmlNode = InvoiceHub.EInvoicing.Xml.XmlNode;

namespace InvoiceHub.EInvoicing.Tests.Reading;

/// <summary>
/// The readers' view of the one document tree: look-ups by local name, own text, attributes and line numbers, over
/// the same <see cref="XElement"/> objects the validation rules read.
/// </summary>
public sealed class XmlNodeTests
{
    [Fact]
    public void Load_Document_EveryElementIsAnXmlNodeWithItsLine()
    {
        var root = Load("<a xmlns='urn:a'>\n  <b/>\n  <c>\n    <d>x</d>\n  </c>\n</a>");

        root.DescendantsAndSelf().ShouldAllBe(e => e is XmlNode);
        root.Path("c", "d").ShouldNotBeNull().Line.ShouldBe(4);
        root.Child("b").ShouldNotBeNull().NamespaceUri.ShouldBe("urn:a");
        root.Children.Select(c => c.LocalName).ShouldBe(["b", "c"]);
    }

    [Fact]
    public void Text_LeafWithWhitespaceOnly_IsKeptButTrimsToNothing()
    {
        var root = Load("<a><b>  </b><c></c><d/><e> x </e></a>");

        root.Child("b").ShouldNotBeNull().Text.ShouldBe("  ");
        root.ChildText("b").ShouldBeNull();
        root.Child("c").ShouldNotBeNull().Text.ShouldBe(string.Empty);
        root.Child("d").ShouldNotBeNull().Text.ShouldBeNull();
        root.ChildText("e").ShouldBe("x");
    }

    [Fact]
    public void Text_MixedContent_IsTheElementsOwnTextNotItsChildrens()
    {
        var root = Load("<a>one <b>inner</b> two<![CDATA[ & three]]></a>");

        root.Text.ShouldBe("one  two & three");
        root.Child("b").ShouldNotBeNull().Text.ShouldBe("inner");
    }

    [Fact]
    public void AttributeValue_ByLocalName_InAnyNamespace_NamespaceDeclarationsAreNotAttributes()
    {
        var root = Load("<a xmlns='urn:a' xmlns:p='urn:p' schemeID='0088' p:listID='L'/>");

        root.AttributeValue("schemeID").ShouldBe("0088");
        root.AttributeValue("listID").ShouldBe("L");
        root.AttributeValue("xmlns").ShouldBeNull();
        root.AttributeValue("p").ShouldBeNull();
    }

    [Fact]
    public void Child_ManyChildren_FindsTheFirstOfEachNameBeforeAndAfterTheMapIsBuilt()
    {
        var lines = string.Concat(Enumerable.Range(1, 500).Select(i => $"<line><id>{i}</id></line>"));
        var root = Load($"<a><head>h</head>{lines}<total>t</total><line>extra</line></a>");

        root.ChildText("head").ShouldBe("h");
        root.ChildText("total").ShouldBe("t");
        root.ChildText("missing").ShouldBeNull();
        root.Child("line").ShouldNotBeNull().ChildText("id").ShouldBe("1");
        root.ChildrenNamed("line").Count().ShouldBe(501);
        root.Child("total").ShouldNotBeNull().NextNamed().ShouldBeNull();
    }

    private static XmlNode Load(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return SafeXmlLoader.Load(stream, ReadOptions.Default).Root.ShouldNotBeNull();
    }
}
