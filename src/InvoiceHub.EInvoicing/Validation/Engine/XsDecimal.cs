using System.Globalization;
using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>The XPath cast <c>xs:decimal(element)</c>: surrounding whitespace, an optional sign, digits and one point.</summary>
internal static class XsDecimal
{
    public static decimal? Of(XElement? element) =>
        element is not null && decimal.TryParse(element.Value.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
