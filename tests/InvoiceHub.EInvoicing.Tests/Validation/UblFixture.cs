using System.Text;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Validation.Xml;
using InvoiceHub.EInvoicing.Writing;

namespace InvoiceHub.EInvoicing.Tests.Validation;

/// <summary>
/// A small valid EN 16931 UBL invoice (our own fixture, or its CII twin), or any valid document loaded from a file (UBL
/// or CII), and fluent mutations that break one rule each. Paths are child steps in prefixed form from the root,
/// optionally with a position (<c>cac:PartyTaxScheme[2]/cbc:CompanyID</c>).
/// </summary>
internal sealed class UblFixture
{
    private readonly XDocument _document;

    private UblFixture(XDocument document) => _document = document;

    private const string Namespaces =
        "xmlns:cac='urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2' "
        + "xmlns:cbc='urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2' "
        + "xmlns:ext='urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2' "
        + "xmlns:rsm='urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100' "
        + "xmlns:ram='urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100' "
        + "xmlns:udt='urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100' "
        + "xmlns:qdt='urn:un:unece:uncefact:data:standard:QualifiedDataType:100'";

    public static UblFixture Valid() => Resource("Fixtures.ValidUblInvoice.xml");

    /// <summary>The CII twin of <see cref="Valid"/> (the same invoice written by our CII writer, kept as a file).</summary>
    public static UblFixture ValidCii() => Resource("Fixtures.ValidCiiInvoice.xml");

    public static UblFixture Parse(byte[] xml) => new(XDocument.Parse(Encoding.UTF8.GetString(xml)));

    /// <summary>A document of any syntax from a file (e.g. a corpus example the official validators accept).</summary>
    public static UblFixture Load(string path) => new(XDocument.Load(path, LoadOptions.PreserveWhitespace));

    /// <summary>The document, for changes the fluent steps do not cover.</summary>
    public XDocument Document => _document;

    public UblFixture Remove(string path)
    {
        foreach (var element in Select(path).ToList())
        {
            element.Remove();
        }

        return this;
    }

    public UblFixture Set(string path, string value)
    {
        foreach (var element in Select(path))
        {
            element.Value = value;
        }

        return this;
    }

    public UblFixture SetAttribute(string path, string attribute, string? value)
    {
        foreach (var element in Select(path))
        {
            element.SetAttributeValue(attribute, value);
        }

        return this;
    }

    /// <summary>Adds an element (written in prefixed form, e.g. "cbc:Note") as the last child of the path.</summary>
    public UblFixture Add(string path, string name, string value)
    {
        foreach (var element in Select(path).ToList())
        {
            element.Add(new XElement(Ns.Name(name), value));
        }

        return this;
    }

    /// <summary>Adds an XML fragment (prefixed names: cac, cbc, ext, rsm, ram, udt, qdt) as the last children of the path.</summary>
    public UblFixture Insert(string path, string fragment)
    {
        foreach (var element in Select(path).ToList())
        {
            element.Add(XElement.Parse($"<wrap {Namespaces}>{fragment}</wrap>").Elements().ToList());
        }

        return this;
    }

    /// <summary>Replaces the elements of the path by an XML fragment.</summary>
    public UblFixture Replace(string path, string fragment)
    {
        foreach (var element in Select(path).ToList())
        {
            element.ReplaceWith(XElement.Parse($"<wrap {Namespaces}>{fragment}</wrap>").Elements().ToList());
        }

        return this;
    }

    /// <summary>Any other change, on the root element.</summary>
    public UblFixture Edit(Action<XElement> edit)
    {
        edit(_document.Root!);
        return this;
    }

    public UblFixture Duplicate(string path)
    {
        foreach (var element in Select(path).ToList())
        {
            element.AddAfterSelf(new XElement(element));
        }

        return this;
    }

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(_document.ToString(SaveOptions.DisableFormatting));

    /// <summary>The invoice as our reader sees it, written as CII by our writer (the CII form of a UBL mutation).</summary>
    public byte[] ToCii()
    {
        var read = InvoiceReader.Read(ToBytes());
        return InvoiceWriter.ToCii(read.Invoice ?? throw new InvalidOperationException($"unreadable: {read.Error}"));
    }

    private static UblFixture Resource(string name)
    {
        using var stream = typeof(UblFixture).Assembly.GetManifestResourceStream(name)!;
        return new UblFixture(XDocument.Load(stream));
    }

    private IEnumerable<XElement> Select(string path)
    {
        IEnumerable<XElement> current = [_document.Root!];
        if (path == ".")
        {
            return current;
        }

        foreach (var step in path.Split('/'))
        {
            // "name[n]": the n-th such child of each parent (1-based, as in XPath).
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            var name = Ns.Name(bracket < 0 ? step : step[..bracket]);
            var position = bracket < 0 ? 0 : int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            current = position == 0 ? current.SelectMany(e => e.Elements(name)) : current.SelectMany(e => e.Elements(name).Skip(position - 1).Take(1));
        }

        return current;
    }
}
