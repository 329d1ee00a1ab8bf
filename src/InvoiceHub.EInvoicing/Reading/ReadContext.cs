using System.Globalization;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Xml;

namespace InvoiceHub.EInvoicing.Reading;

/// <summary>Per-document state of a reader: value parsing that turns bad values into warnings, not exceptions.</summary>
internal sealed class ReadContext
{
    private const NumberStyles DecimalStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    private List<ReadWarning>? _warnings;

    /// <summary>BT-5, used for amounts without currencyID so every syntax yields the same Money values.</summary>
    public string? DocumentCurrency { get; set; }

    public ValueList<ReadWarning> Warnings => ValueList<ReadWarning>.From(_warnings);

    public void Warn(XmlNode node, string message) =>
        (_warnings ??= []).Add(new ReadWarning($"{message} in <{node.LocalName}> at line {node.Line}", node.LocalName, node.Line));

    public decimal? Decimal(XmlNode? node)
    {
        var text = node?.TrimmedText;
        if (node is null || text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Warn(node, $"'{Shorten(text)}' is not a decimal number; value skipped");
        return null;
    }

    public Money? Amount(XmlNode? node)
    {
        var value = Decimal(node);
        return value is null ? null : new Money(value.Value, node!.AttributeValue("currencyID") ?? DocumentCurrency);
    }

    public Quantity? Quantity(XmlNode? node)
    {
        var value = Decimal(node);
        return value is null ? null : new Quantity(value.Value, node!.AttributeValue("unitCode"));
    }

    /// <summary>An ISO date (UBL): "2024-01-31", a time-zone suffix such as "+01:00" or "Z" is dropped.</summary>
    // yyyy-MM-dd with ASCII digits and a valid calendar date; anything else goes to the exact parser.
    private static DateOnly? TryParseIsoDigits(ReadOnlySpan<char> text)
    {
        if (text[4] != '-' || text[7] != '-')
        {
            return null;
        }

        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return null;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    public DateOnly? IsoDate(XmlNode? node)
    {
        var text = node?.TrimmedText;
        if (node is null || text is null)
        {
            return null;
        }

        // The usual shape, digits only, without the culture-aware parser (a 5,000-line invoice has 10,000 dates).
        if (text.Length >= 10 && TryParseIsoDigits(text.AsSpan(0, 10)) is { } quick)
        {
            return quick;
        }

        if (text.Length >= 10
            && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Warn(node, $"'{Shorten(text)}' is not a date (YYYY-MM-DD); value skipped");
        return null;
    }

    /// <summary>A CII date: the DateTimeString / DateString child of <paramref name="node"/>, format 102 (yyyyMMdd).</summary>
    public DateOnly? CiiDate(XmlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var value = node.Child("DateTimeString") ?? node.Child("DateString");
        var text = value?.TrimmedText;
        if (value is null || text is null)
        {
            return null;
        }

        var format = value.AttributeValue("format") ?? "102";
        if (format == "102"
            && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Warn(value, $"'{Shorten(text)}' is not a date in format 102 (yyyyMMdd), format '{format}'; value skipped");
        return null;
    }

    public static Identifier? Id(XmlNode? node, string schemeAttribute = "schemeID")
    {
        var text = node?.TrimmedText;
        return text is null ? null : new Identifier(text, node!.AttributeValue(schemeAttribute));
    }

    /// <summary>
    /// Party identifiers without a scheme first, then those with one, each in document order: the order CII
    /// must write them in (ID before GlobalID), so the same invoice gives the same list from either syntax.
    /// </summary>
    public static ValueList<Identifier> CanonicalOrder(IEnumerable<Identifier?> identifiers)
    {
        var list = identifiers.OfType<Identifier>().ToList();
        return list.Count == 0
            ? ValueList<Identifier>.Empty
            : new ValueList<Identifier>(list.Where(i => i.SchemeId is null).Concat(list.Where(i => i.SchemeId is not null)));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");
}
