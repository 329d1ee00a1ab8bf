using System.Text;
using System.Xml.Linq;

namespace InvoiceHub.LoadTest;

/// <summary>
/// A corpus invoice with its number (BT-1) and issue date (BT-2) replaced by placeholders, so every push is a new
/// invoice, and not a suspected duplicate of an earlier push either (same supplier, amount and date).
/// </summary>
internal sealed class InvoiceTemplate
{
    private const string Placeholder = "@@NUMBER@@";
    private const string DatePlaceholder = "@@DATE@@";
    private static readonly XNamespace _cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static readonly XNamespace _rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    private static readonly XNamespace _ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    private static readonly XNamespace _udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";

    private readonly string _xml;

    private readonly string _dateFormat;

    private InvoiceTemplate(string name, string xml, string dateFormat)
    {
        Name = name;
        _xml = xml;
        _dateFormat = dateFormat;
    }

    /// <summary>The earliest issue date pushed; later pushes count days up from here.</summary>
    public static DateOnly FirstDate { get; } = new(2016, 1, 1);

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
        var ublDate = document.Root?.Element(_cbc + "IssueDate");
        var ciiDate = document.Root?.Element(_rsm + "ExchangedDocument")?.Element(_ram + "IssueDateTime")?.Element(_udt + "DateTimeString");
        var dateFormat = ublDate is not null ? "yyyy-MM-dd" : "yyyyMMdd";
        if ((ublDate ?? ciiDate) is { } date)
        {
            date.Value = DatePlaceholder;
        }

        return new InvoiceTemplate(Path.GetFileName(path), document.Declaration + document.ToString(SaveOptions.DisableFormatting), dateFormat);
    }

    public byte[] With(string number, DateOnly issueDate) => Encoding.UTF8.GetBytes(_xml
        .Replace(Placeholder, number, StringComparison.Ordinal)
        .Replace(DatePlaceholder, issueDate.ToString(_dateFormat, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
}
