using System.Text;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Tests.Validation;

/// <summary>
/// A small valid EN 16931 UBL invoice (our own fixture), or any valid document loaded from a file (UBL or CII), and
/// fluent mutations that break one rule each. Paths are child steps with prefixes, optionally with a position
/// (<c>cac:PartyTaxScheme[2]/cbc:CompanyID</c>).
/// </summary>
internal sealed class UblFixture
{
    private readonly XDocument _document;

    private UblFixture(XDocument document) => _document = document;

    public static UblFixture Valid()
    {
        using var stream = typeof(UblFixture).Assembly.GetManifestResourceStream("Fixtures.ValidUblInvoice.xml")!;
        return new UblFixture(XDocument.Load(stream));
    }

    /// <summary>A document of any syntax from a file (e.g. a corpus example the official validators accept).</summary>
    public static UblFixture Load(string path) => new(XDocument.Load(path, LoadOptions.PreserveWhitespace));

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

    /// <summary>
    /// Adds XML written with the usual prefixes (cbc, cac, ram, udt) as the last children of the path, e.g.
    /// <c>AddXml("cac:PaymentMeans", "&lt;cac:PaymentMandate&gt;...&lt;/cac:PaymentMandate&gt;")</c>.
    /// </summary>
    public UblFixture AddXml(string path, string xml)
    {
        var wrapper = XElement.Parse(
            $"<wrapper xmlns:cbc=\"{Ns.Cbc}\" xmlns:cac=\"{Ns.Cac}\" xmlns:ram=\"{Ns.Ram}\" xmlns:udt=\"{Ns.Udt}\">{xml}</wrapper>");
        foreach (var element in Select(path).ToList())
        {
            element.Add(wrapper.Elements().Select(e => new XElement(e)));
        }

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
