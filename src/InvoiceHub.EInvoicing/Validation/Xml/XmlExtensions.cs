using System.Buffers;
using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Validation.Xml;

/// <summary>Small helpers that read XML the way the schematron's XPath does (normalize-space, first child, ...).</summary>
internal static class XmlExtensions
{
    // Static: a collection expression in the call would allocate and initialise a new array on every call (hot).
    private static readonly SearchValues<char> _lineBreaksAndTabs = SearchValues.Create("\n\r\t");
    private static readonly char[] _spaces = [' ', '\n', '\r', '\t'];

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
    public static string NormalizeSpace(this XElement? element) => element is null ? string.Empty : Normalize(element.Value);

    public static string NormalizeSpace(this XAttribute? attribute) => attribute is null ? string.Empty : Normalize(attribute.Value);

    public static string Normalize(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.Contains("  ", StringComparison.Ordinal) && trimmed.AsSpan().IndexOfAny(_lineBreaksAndTabs) < 0)
        {
            return trimmed;
        }

        return string.Join(' ', trimmed.Split(_spaces, StringSplitOptions.RemoveEmptyEntries));
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
