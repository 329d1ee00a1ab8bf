using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Tests.Validation.Official;

/// <summary>
/// Systematic one-step mutations of a valid document, for differential testing against the official validator: each
/// element removed, emptied, set to whitespace, duplicated; numbers malformed or given extra decimals; dates malformed;
/// codes (currency, VAT category, unit, country, scheme, type, payment means, exemption reason) changed to other valid
/// and invalid codes; attributes removed or altered; line-level elements moved to the header. Each mutation is a whole
/// document and a description of the step.
/// </summary>
internal static class DocumentMutator
{
    private static readonly string[] _categories = ["S", "Z", "E", "AE", "K", "G", "O", "L", "M", "B", "X"];

    /// <summary>
    /// The mutations of a seed; at most <paramref name="limit"/> of them, a deterministic sample over all elements when
    /// there are more.
    /// </summary>
    public static IEnumerable<(string Step, byte[] Document)> Mutate(XDocument seed, int limit)
    {
        var random = new Random(20261206);
        var elements = seed.Root!.DescendantsAndSelf().ToList();
        var all = elements.Select((e, index) => (e, index)).Skip(1)
            .SelectMany(x => StepsFor(x.e).Select((_, step) => (Element: x.index, Step: step)))
            .ToList();
        var chosen = all.Count <= limit ? all : all.OrderBy(_ => random.Next()).Take(limit).Order().ToList();
        foreach (var (index, stepNumber) in chosen)
        {
            var copy = new XDocument(seed);
            var target = ElementAt(copy, index);
            var path = PathOf(target);
            var (step, change) = StepsFor(target).ElementAt(stepNumber);
            change(target);
            yield return ($"{path}: {step}", Serialize(copy));
        }
    }

    private static XElement ElementAt(XDocument document, int index) => document.Root!.DescendantsAndSelf().ElementAt(index);

    private static IEnumerable<(string Step, Action<XElement> Change)> StepsFor(XElement element)
    {
        yield return ("remove", e => e.Remove());
        yield return ("duplicate", e => e.AddAfterSelf(new XElement(e)));
        var leaf = !element.HasElements;
        if (leaf)
        {
            yield return ("empty", e => e.Value = "");
            yield return ("whitespace", e => e.Value = "  ");
            foreach (var value in ValuesFor(element))
            {
                yield return ($"text '{value}'", e => e.Value = value);
            }
        }
        else
        {
            yield return ("children removed", e => e.RemoveNodes());
        }

        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
        {
            var name = attribute.Name;
            yield return ($"@{name.LocalName} removed", e => e.Attribute(name)!.Remove());
            yield return ($"@{name.LocalName} empty", e => e.SetAttributeValue(name, ""));
            foreach (var value in AttributeValuesFor(name.LocalName))
            {
                yield return ($"@{name.LocalName}='{value}'", e => e.SetAttributeValue(name, value));
            }
        }

        if (leaf && element.Name.LocalName is "ID" or "CompanyID" or "EndpointID" or "GlobalID" && element.Attribute("schemeID") is null)
        {
            foreach (var value in AttributeValuesFor("schemeID"))
            {
                yield return ($"@schemeID='{value}' added", e => e.SetAttributeValue("schemeID", value));
            }
        }

        if (MoveTarget(element) is not null)
        {
            yield return ("moved to the header", MoveToHeader);
        }
    }

    private static void MoveToHeader(XElement element)
    {
        var target = MoveTarget(element)!;
        element.Remove();
        target.Add(element);
    }

    /// <summary>Where a line-level element goes when moved to the header: the UBL root, or the CII header part of the same kind.</summary>
    private static XElement? MoveTarget(XElement element)
    {
        var parent = element.Parent;
        if (parent is null)
        {
            return null;
        }

        if (parent.Name.LocalName is "InvoiceLine" or "CreditNoteLine" && parent.Parent == element.Document!.Root)
        {
            return element.Document!.Root;
        }

        if (parent.Parent?.Name.LocalName == "IncludedSupplyChainTradeLineItem"
            && parent.Name.LocalName.StartsWith("SpecifiedLineTrade", StringComparison.Ordinal))
        {
            var header = "ApplicableHeaderTrade" + parent.Name.LocalName["SpecifiedLineTrade".Length..];
            return element.Document!.Root!.Descendants().FirstOrDefault(d => d.Name.LocalName == header);
        }

        return null;
    }

    private static IEnumerable<string> ValuesFor(XElement element)
    {
        var name = element.Name.LocalName;
        var parent = element.Parent?.Name.LocalName ?? "";
        var text = element.Value;
        if (name is "DocumentCurrencyCode" or "TaxCurrencyCode" or "InvoiceCurrencyCode")
        {
            return ["USD", "EUR", "XYZ", "eur"];
        }

        if ((name == "ID" && parent.EndsWith("TaxCategory", StringComparison.Ordinal)) || name == "CategoryCode")
        {
            return _categories.Where(c => c != text);
        }

        if (name is "IdentificationCode" or "CountryID")
        {
            return ["DE", "NO", "XX", "de"];
        }

        if ((name == "ID" && parent == "TaxScheme") || (name == "TypeCode" && parent == "ApplicableTradeTax"))
        {
            return ["GST", "VAT", "63"];
        }

        if (name is "InvoiceTypeCode" or "CreditNoteTypeCode" || (name == "TypeCode" && parent == "ExchangedDocument"))
        {
            return ["380", "381", "384", "389", "999"];
        }

        if (name == "PaymentMeansCode" || (name == "TypeCode" && parent == "SpecifiedTradeSettlementPaymentMeans"))
        {
            return ["30", "58", "59", "49", "48", "999"];
        }

        if (name is "TaxExemptionReasonCode" or "ExemptionReasonCode")
        {
            return ["VATEX-EU-79-C", "VATEX-EU-G", "VATEX-EU-O", "XX"];
        }

        if (name is "AllowanceChargeReasonCode" or "ReasonCode")
        {
            return ["95", "ZZZ", "999"];
        }

        if (name is "ChargeIndicator" || parent == "ChargeIndicator")
        {
            return ["true", "false", "1"];
        }

        if (name is "Percent" or "RateApplicablePercent" or "CalculationPercent")
        {
            return ["0", "19", "-5", "25.5"];
        }

        if (name is "BaseUnitMeasure" or "InvoicedQuantity" or "CreditedQuantity" or "BilledQuantity" or "BasisQuantity")
        {
            return NumberValues(text);
        }

        if (DateTime.TryParseExact(text, ["yyyy-MM-dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ["2024-02-30", "20240101", "2024-01-01", "123"];
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return NumberValues(text);
        }

        return [];
    }

    private static string[] NumberValues(string text) =>
        [text + (text.Contains('.', StringComparison.Ordinal) ? "001" : ".001"), "1.2.3", "1,50", "-" + text, "0", " " + text + " ", "1e2"];

    private static string[] AttributeValuesFor(string name) => name switch
    {
        "currencyID" => ["USD", "EUR", "XYZ"],
        "schemeID" => ["0088", "0184", "9930", "VA", "FC", "SEPA", "XX"],
        "unitCode" => ["C62", "H87", "XYZ"],
        "listID" => ["UNCL1001", "XX"],
        "format" => ["102", "203", "XX"],
        "mimeCode" => ["application/pdf", "text/plain"],
        _ => ["XX"],
    };

    private static string PathOf(XElement element) =>
        string.Join('/', element.AncestorsAndSelf().Reverse().Select(e =>
            e.Parent is null ? e.Name.LocalName : $"{e.Name.LocalName}[{e.ElementsBeforeSelf(e.Name).Count() + 1}]"));

    private static byte[] Serialize(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
