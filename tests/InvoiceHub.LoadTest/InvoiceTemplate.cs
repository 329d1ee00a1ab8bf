using System.Text;
using System.Xml.Linq;

namespace InvoiceHub.LoadTest;

/// <summary>A corpus invoice with its number (BT-1) replaced by a placeholder, so every push is a new invoice.</summary>
internal sealed class InvoiceTemplate
{
    private const string Placeholder = "@@NUMBER@@";
    private static readonly XNamespace _cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static readonly XNamespace _rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    private static readonly XNamespace _ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    private readonly string _xml;

    private InvoiceTemplate(string name, string xml)
    {
        Name = name;
        _xml = xml;
    }

    public string Name { get; }

    public static InvoiceTemplate? TryLoad(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }

        var number = document.Root?.Element(_cbc + "ID") ?? document.Root?.Element(_rsm + "ExchangedDocument")?.Element(_ram + "ID");
        if (number is null)
        {
            return null;
        }

        number.Value = Placeholder;
        return new InvoiceTemplate(Path.GetFileName(path), document.Declaration + document.ToString(SaveOptions.DisableFormatting));
    }

    public byte[] WithNumber(string number) => Encoding.UTF8.GetBytes(_xml.Replace(Placeholder, number, StringComparison.Ordinal));
}
