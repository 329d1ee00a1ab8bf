using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Validation.Xml;

/// <summary>Small helpers that read XML the way the schematron's XPath does (normalize-space, first child, ...).</summary>
internal static class XmlExtensions
{
    public static XElement? Child(this XElement element, XName name) => element.Element(name);

    public static XElement? Path(this XElement element, params XName[] steps)
    {
        XElement? current = element;
        foreach (var step in steps)
        {
            current = current?.Element(step);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>The normalize-space() of an element's text, or "" when it is absent.</summary>
    public static string Norm(this XElement? element) => element is null ? string.Empty : Normalize(element.Value);

    public static string Norm(this XAttribute? attribute) => attribute is null ? string.Empty : Normalize(attribute.Value);

    public static string Normalize(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.Contains("  ", StringComparison.Ordinal) && trimmed.IndexOfAny(['\n', '\r', '\t']) < 0)
        {
            return trimmed;
        }

        return string.Join(' ', trimmed.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>UBL boolean text (true/1) the way xs:boolean reads it.</summary>
    public static bool IsTrue(this XElement? element) => element is not null && element.Value.Trim() is "true" or "1";

    public static bool IsFalse(this XElement? element) => element is not null && element.Value.Trim() is "false" or "0";

    /// <summary>Number of fraction digits as the official rules count them: characters after the first '.'.</summary>
    public static int FractionDigits(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }
}
