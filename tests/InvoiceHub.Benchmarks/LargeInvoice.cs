using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace InvoiceHub.Benchmarks;

/// <summary>
/// A valid EN 16931 UBL invoice with n lines, generated from the validation tests' own fixture (one line of 200.00 at
/// 19 % VAT, a 10.00 document allowance): the line is repeated and the totals and VAT breakdown scaled to match.
/// </summary>
internal static class LargeInvoice
{
    private static readonly XNamespace _cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static readonly XNamespace _cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    public static byte[] Generate(int lines)
    {
        var document = XDocument.Load(Path.Combine(CorpusDocuments.RepositoryRoot(), "tests", "InvoiceHub.EInvoicing.Tests", "Validation", "Fixtures", "ValidUblInvoice.xml"));
        var root = document.Root!;
        var template = root.Element(_cac + "InvoiceLine")!;
        for (var i = 2; i <= lines; i++)
        {
            var line = new XElement(template);
            line.Element(_cbc + "ID")!.Value = i.ToString(CultureInfo.InvariantCulture);
            root.Add(line);
        }

        var lineTotal = 200.00m * lines;
        var exclusive = lineTotal - 10.00m;
        var tax = Math.Round(exclusive * 0.19m, 2, MidpointRounding.AwayFromZero);
        var totals = root.Element(_cac + "LegalMonetaryTotal")!;
        Set(totals, "LineExtensionAmount", lineTotal);
        Set(totals, "TaxExclusiveAmount", exclusive);
        Set(totals, "TaxInclusiveAmount", exclusive + tax);
        Set(totals, "PayableAmount", exclusive + tax);
        var taxTotal = root.Element(_cac + "TaxTotal")!;
        Set(taxTotal, "TaxAmount", tax);
        var subtotal = taxTotal.Element(_cac + "TaxSubtotal")!;
        Set(subtotal, "TaxableAmount", exclusive);
        Set(subtotal, "TaxAmount", tax);
        return Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting));
    }

    private static void Set(XElement parent, string name, decimal value) =>
        parent.Element(_cbc + name)!.Value = value.ToString("0.00", CultureInfo.InvariantCulture);
}
