using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>The optional XML Schema layer: UBL 2.1 or CII D16B schema errors, reported as rule <c>XSD</c>.</summary>
internal static class SchemaValidator
{
    private static readonly ConcurrentDictionary<string, Lazy<XmlSchemaSet>> _sets = new(StringComparer.Ordinal);

    public static IReadOnlyList<Finding> Validate(byte[] xml, string folder, XmlSyntax syntax, bool creditNote)
    {
        var entry = syntax == XmlSyntax.Cii
            ? Path.Combine(folder, "cii-d16b", "uncoupled", "uncefact", "data", "standard", "CrossIndustryInvoice_100pD16B.xsd")
            : Path.Combine(folder, "ubl-2.1", "maindoc", creditNote ? "UBL-CreditNote-2.1.xsd" : "UBL-Invoice-2.1.xsd");
        if (!File.Exists(entry))
        {
            return [new Finding("XSD", Severity.Warning, $"schema not found: {entry}", "/")];
        }

        var schemas = _sets.GetOrAdd(entry, path => new Lazy<XmlSchemaSet>(() => Load(path))).Value;
        var findings = new List<Finding>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                findings.Add(new Finding("XSD", Severity.Fatal, e.Message, $"line {e.Exception.LineNumber}, column {e.Exception.LinePosition}"));
            }
        };
        using var stream = new MemoryStream(xml, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        while (reader.Read())
        {
        }

        return findings;
    }

    private static XmlSchemaSet Load(string path)
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };

        // The distributed UBL common schemas leave out the XML signature schemas they import; those parts are extensions we do not check.
        set.ValidationEventHandler += (_, _) => { };
        // The schemas are trusted local files; the xmldsig schema they import carries a DTD.
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() });
        set.Add(null, reader);
        set.Compile();
        return set;
    }
}
