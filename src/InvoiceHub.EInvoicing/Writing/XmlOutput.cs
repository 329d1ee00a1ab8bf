using System.Globalization;
using System.Xml;
using InvoiceHub.EInvoicing.Model;

namespace InvoiceHub.EInvoicing.Writing;

/// <summary>Thin helpers over XmlWriter that skip absent values, so writers read like the binding tables.</summary>
internal sealed class XmlOutput(XmlWriter writer)
{
    public XmlWriter Writer { get; } = writer;

    public void Start(string prefix, string name, string ns) => Writer.WriteStartElement(prefix, name, ns);

    public void End() => Writer.WriteEndElement();

    public void Text(string prefix, string name, string ns, string? value, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        if (value is null)
        {
            return;
        }

        Writer.WriteStartElement(prefix, name, ns);
        foreach (var (attributeName, attributeValue) in attributes)
        {
            if (attributeValue is not null)
            {
                Writer.WriteAttributeString(attributeName, attributeValue);
            }
        }

        Writer.WriteString(value);
        Writer.WriteEndElement();
    }

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? IsoDate(DateOnly? date) => date is null ? null : IsoDate(date.Value);

    public static string? Base64(BinaryObject? binary) => binary is null ? null : Convert.ToBase64String(binary.Content.Span);
}
