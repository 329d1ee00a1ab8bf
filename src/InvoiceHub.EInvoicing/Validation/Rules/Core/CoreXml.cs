using System.Buffers;
using System.Globalization;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>
/// The official contexts several core rules share, selected from the XML index, and the XPath readings of a value the
/// model does not keep (an element present but empty or malformed is still present).
/// </summary>
internal static class CoreXml
{
    /// <summary>UBL <c>cac:InvoiceLine | cac:CreditNoteLine</c>, CII <c>//ram:IncludedSupplyChainTradeLineItem</c>.</summary>
    public static IEnumerable<XElement> Lines(XmlIndex xml) =>
        xml.Syntax == XmlSyntax.Cii
            ? xml.Named(Ns.Ram + "IncludedSupplyChainTradeLineItem")
            : xml.Named(Ns.Cac + "InvoiceLine").Concat(xml.Named(Ns.Cac + "CreditNoteLine"));

    /// <summary>
    /// UBL <c>cac:TaxTotal/cac:TaxSubtotal</c>, CII <c>//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax</c>
    /// except the VAT taxes of category O, L and M: earlier rules of the official CII pattern take those as their context,
    /// so the breakdown rule (BR-45..48, BR-CO-17, BR-DEC-19/20) is never judged on them.
    /// </summary>
    public static IEnumerable<XElement> Breakdowns(XmlIndex xml) =>
        xml.Syntax == XmlSyntax.Cii
            ? xml.Named(Ns.Ram + "ApplicableTradeTax").Where(t => t.Parent?.Name == Ns.Ram + "ApplicableHeaderTradeSettlement" && !IsCaughtEarlier(t))
            : xml.Named(Ns.Cac + "TaxSubtotal").Where(s => s.Parent?.Name == Ns.Cac + "TaxTotal");

    private static bool IsCaughtEarlier(XElement tradeTax) =>
        IsCiiVat(tradeTax) && tradeTax.Elements(Ns.Ram + "CategoryCode").Any(c => c.Value is "O" or "L" or "M");

    /// <summary>
    /// Whether there is an element at a path of child steps below an element (that <paramref name="match"/> accepts,
    /// when given): an XPath path in a boolean test. Rules ask this once per line, so it walks the child links
    /// instead of chaining <c>Elements</c> (an array and an iterator per step and line were most of what the rules
    /// allocated on a long invoice); give the steps as a static array, not as <c>Ns + "Name"</c>, which looks the name up.
    /// </summary>
    public static bool AnyAt(XElement element, ReadOnlySpan<XName> steps, Func<XElement, bool>? match = null)
    {
        if (steps.IsEmpty)
        {
            return match is null || match(element);
        }

        // FirstNode would turn a text-only element's string content into an XText node.
        if (!element.HasElements)
        {
            return false;
        }

        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name == steps[0] && AnyAt(child, steps[1..], match))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An untyped value compared with a number is cast to xs:double: spaces around it are allowed, so are an exponent,
    /// INF and NaN. A text that does not cast stops the official run, so it is no number here.
    /// </summary>
    public static double? AsDouble(string text)
    {
        // On spans: BR-27 asks this of every line's price.
        var trimmed = text.AsSpan().Trim(" \t\r\n");
        return trimmed switch
        {
            "INF" or "+INF" => double.PositiveInfinity,
            "-INF" => double.NegativeInfinity,
            "NaN" => double.NaN,
            _ when trimmed.Length > 0 && !trimmed.ContainsAnyExcept(_doubleCharacters)
                && double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
            _ => null,
        };
    }

    private static readonly SearchValues<char> _doubleCharacters = SearchValues.Create("0123456789.-+eE");

    /// <summary>The upper-case VAT test of the CII breakdown rules: <c>.[upper-case(ram:TypeCode) = 'VAT']</c> (no space trimming).</summary>
    public static bool IsCiiVat(XElement tradeTax) => tradeTax.Elements(Ns.Ram + "TypeCode").Any(t => string.Equals(t.Value, "VAT", StringComparison.OrdinalIgnoreCase));

    /// <summary>UBL <c>cac:TaxCategory[cac:TaxScheme/normalize-space(upper-case(cbc:ID)) = 'VAT']</c> of a subtotal.</summary>
    public static IEnumerable<XElement> UblVatCategories(XElement subtotal) =>
        subtotal.Elements(Ns.Cac + "TaxCategory")
            .Where(IsUblVatScheme);

    /// <summary>
    /// CII BR-29/BR-30: <c>(End/DateTimeString[@format = '102']) &gt;= (Start/DateTimeString[@format = '102']) or not(End) or
    /// not(Start)</c>. Both sides are untyped, so the texts are compared as strings, as written; a date without format
    /// 102 on either side makes the comparison false.
    /// </summary>
    public static bool CiiPeriodFails(XElement period)
    {
        var ends = period.Elements(Ns.Ram + "EndDateTime").ToList();
        var starts = period.Elements(Ns.Ram + "StartDateTime").ToList();
        if (ends.Count == 0 || starts.Count == 0)
        {
            return false;
        }

        static IEnumerable<string> Dates(IEnumerable<XElement> side) =>
            side.Elements(Ns.Udt + "DateTimeString").Where(d => d.Attribute("format")?.Value == "102").Select(d => d.Value);

        var startTexts = Dates(starts).ToList();
        return !Dates(ends).Any(end => startTexts.Any(start => string.CompareOrdinal(end, start) >= 0));
    }

    /// <summary>UBL <c>cac:TaxScheme/normalize-space(upper-case(cbc:ID)) = 'VAT'</c> below an element (a category, a party tax scheme).</summary>
    public static bool IsUblVatScheme(XElement element) =>
        element.Elements(Ns.Cac + "TaxScheme").Elements(Ns.Cbc + "ID").Any(id => XmlExtensions.Normalize(id.Value.ToUpperInvariant()) == "VAT");

    /// <summary>
    /// BR-62/BR-63: UBL, an endpoint of the party without a schemeID attribute; CII, a URI communication of the trade
    /// party whose first one has no (or a blank) URIID/@schemeID.
    /// </summary>
    public static bool EndpointWithoutScheme(XmlIndex xml, string ublRole, string ciiParty)
    {
        if (xml.Syntax == XmlSyntax.Ubl)
        {
            return xml.Named(Ns.Cbc + "EndpointID")
                .Any(e => e.Parent?.Name == Ns.Cac + "Party" && e.Parent.Parent?.Name == Ns.Cac + ublRole && e.Attribute("schemeID") is null);
        }

        var parties = xml.Root.Elements(Ns.Rsm + "SupplyChainTradeTransaction").Elements(Ns.Ram + "ApplicableHeaderTradeAgreement").Elements(Ns.Ram + ciiParty).ToList();
        var addresses = parties.Select(p => p.Element(Ns.Ram + "URIUniversalCommunication")).OfType<XElement>().ToList();
        var schemes = addresses.Elements(Ns.Ram + "URIID").Attributes("schemeID").ToList();
        return addresses.Count > 0 && (schemes.Count == 0 || schemes.Any(s => s.NormalizeSpace().Length == 0));
    }
}
