using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;

namespace InvoiceHub.EInvoicing.Tests.Corpus;

/// <summary>Every corpus document reads and yields the values its manifest entry records.</summary>
public sealed class ManifestTests
{
    [CorpusFact]
    public void Manifest_HasEntries() => Manifest.Entries.Count.ShouldBeGreaterThan(100);

    [CorpusTheory]
    [MemberData(nameof(Manifest.Paths), MemberType = typeof(Manifest))]
    public void Read_CorpusDocument_GivesManifestValues(string path)
    {
        var entry = Manifest.Entries[path];
        var result = InvoiceReader.Read(File.ReadAllBytes(CorpusLocator.PathOf(path)));

        result.Error.ShouldBeNull();
        result.Warnings.ShouldBeEmpty();
        var invoice = result.Invoice.ShouldNotBeNull();
        var checks = new List<(string Field, object? Expected, object? Actual)>
        {
            ("syntax", ExpectedSyntax(entry.Text("syntax")), (invoice.Format.Syntax, invoice.Format.Container)),
            ("customization_id", entry.Text("customization_id"), invoice.SpecificationId),
            ("profile_id", entry.Text("profile_id"), invoice.BusinessProcess),
            ("ubl_version", entry.Text("ubl_version"), invoice.UblVersion),
            ("invoice_number", entry.Text("invoice_number"), invoice.Number),
            ("issue_date", entry.Text("issue_date"), invoice.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("type_code", entry.Text("type_code"), invoice.TypeCode),
            ("currency", entry.Text("currency"), invoice.CurrencyCode),
            ("tax_currency", entry.Text("tax_currency"), invoice.TaxCurrencyCode),
            ("seller_name", entry.Text("seller_name"), invoice.Seller.Name),
            ("seller_trading_name", entry.Text("seller_trading_name"), invoice.Seller.TradingName),
            ("seller_vat_id", entry.Text("seller_vat_id"), invoice.Seller.VatId?.Value),
            ("buyer_name", entry.Text("buyer_name"), invoice.Buyer.Name),
            ("buyer_trading_name", entry.Text("buyer_trading_name"), invoice.Buyer.TradingName),
            ("buyer_reference", entry.Text("buyer_reference"), invoice.BuyerReference),
            ("line_count", entry.GetProperty("line_count").GetInt32(), invoice.Lines.Count),
            ("sum_line_net", DecimalProperty(entry, "sum_line_net"), invoice.Totals.LineNet?.Amount),
            ("line_net_sum_computed", DecimalProperty(entry, "line_net_sum_computed"), invoice.Lines.Count == 0 ? null : invoice.Lines.Sum(l => l.NetAmount?.Amount ?? 0m)),
            ("allowance_total", DecimalProperty(entry, "allowance_total"), invoice.Totals.AllowanceTotal?.Amount),
            ("charge_total", DecimalProperty(entry, "charge_total"), invoice.Totals.ChargeTotal?.Amount),
            ("total_without_vat", DecimalProperty(entry, "total_without_vat"), invoice.Totals.TaxExclusive?.Amount),
            ("total_vat", DecimalProperty(entry, "total_vat"), invoice.Totals.Tax?.Amount),
            ("total_vat_tax_currency", DecimalProperty(entry, "total_vat_tax_currency"), invoice.Totals.TaxInTaxCurrency?.Amount),
            ("total_with_vat", DecimalProperty(entry, "total_with_vat"), invoice.Totals.TaxInclusive?.Amount),
            ("prepaid_amount", DecimalProperty(entry, "prepaid_amount"), invoice.Totals.Prepaid?.Amount),
            ("rounding_amount", DecimalProperty(entry, "rounding_amount"), invoice.Totals.Rounding?.Amount),
            ("amount_due", DecimalProperty(entry, "amount_due"), invoice.Totals.Payable?.Amount),
            ("oioubl_tax_exclusive_amount", DecimalProperty(entry, "oioubl_tax_exclusive_amount"), invoice.Totals.OioublTotalTaxAmount?.Amount),
            ("attachment_count", entry.GetProperty("attachment_count").GetInt32(), invoice.SupportingDocuments.Count(d => d.Attachment is not null)),
            ("vat_breakdown", ExpectedBreakdown(entry), ActualBreakdown(invoice, entry)),
        };

        var mismatches = checks
            .Where(c => !Equals(c.Expected, c.Actual))
            .Select(c => $"{c.Field}: expected <{c.Expected}> but read <{c.Actual}>")
            .ToList();
        mismatches.ShouldBeEmpty($"{path} differs from its manifest entry");
    }

    [CorpusTheory]
    [MemberData(nameof(Manifest.Paths), MemberType = typeof(Manifest))]
    public void Read_CorpusDocument_DecodesEveryEmbeddedAttachment(string path)
    {
        var entry = Manifest.Entries[path];
        var xmlPath = entry.Text("xml_path") ?? path;
        var invoice = InvoiceReader.Read(File.ReadAllBytes(CorpusLocator.PathOf(path))).Invoice.ShouldNotBeNull();

        // Independent decode with LINQ to XML: the model must hold exactly the bytes the document encodes.
        var expected = XDocument.Load(CorpusLocator.PathOf(xmlPath)).Descendants()
            .Where(e => (e.Name.LocalName == "EmbeddedDocumentBinaryObject" && e.Parent?.Parent?.Name.LocalName == "AdditionalDocumentReference")
                || (e.Name.LocalName == "AttachmentBinaryObject" && e.Parent?.Name.LocalName == "AdditionalReferencedDocument"))
            .Select(e => (Convert.FromBase64String(e.Value), (string?)e.Attribute("filename")))
            .ToList();
        var actual = invoice.SupportingDocuments.Select(d => d.Attachment).OfType<BinaryObject>()
            .Select(a => (a.Content.ToArray(), a.FileName))
            .ToList();

        actual.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            actual[i].FileName.ShouldBe(expected[i].Item2);
            actual[i].Item1.ShouldBe(expected[i].Item1);
        }
    }

    private static (InvoiceSyntax, DocumentContainer) ExpectedSyntax(string? syntax) => syntax switch
    {
        "ubl-invoice" or "ubl-creditnote" => (InvoiceSyntax.Ubl, DocumentContainer.Xml),
        "oioubl-invoice" or "oioubl-creditnote" => (InvoiceSyntax.OioUbl, DocumentContainer.Xml),
        "cii" => (InvoiceSyntax.Cii, DocumentContainer.Xml),
        "zugferd-pdf" => (InvoiceSyntax.Cii, DocumentContainer.Pdf),
        _ => throw new InvalidOperationException($"unknown manifest syntax {syntax}"),
    };

    private static decimal? DecimalProperty(JsonElement entry, string property) => ParseDecimal(entry.Text(property));

    private static decimal? ParseDecimal(string? text) =>
        text is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    // Normalised with decimals so "0" and "0.00" compare equal, as the manifest keeps the written text.
    private static string ExpectedBreakdown(JsonElement entry) =>
        string.Join(" | ", entry.GetProperty("vat_breakdown").EnumerateArray().Select(v =>
            Describe(v.Text("category"), ParseDecimal(v.Text("rate")), v.Text("tax_scheme"), ParseDecimal(v.Text("taxable_amount")), ParseDecimal(v.Text("tax_amount")), v.Text("currency"))));

    private static string ActualBreakdown(Invoice invoice, JsonElement entry)
    {
        // The manifest records currencyID only where the document writes it; the model fills in BT-5.
        var expectedCurrencies = entry.GetProperty("vat_breakdown").EnumerateArray().Select(v => v.Text("currency")).ToList();
        return string.Join(" | ", invoice.VatBreakdown.Select((v, i) =>
            Describe(v.CategoryCode, v.Rate, v.TaxScheme, v.TaxableAmount?.Amount, v.TaxAmount?.Amount,
                i < expectedCurrencies.Count && expectedCurrencies[i] is null ? null : v.TaxAmount?.Currency)));
    }

    private static string Describe(string? category, decimal? rate, string? scheme, decimal? taxable, decimal? tax, string? currency) =>
        FormattableString.Invariant($"{category}/{rate:0.####}/{scheme}/{taxable:0.00##}/{tax:0.00##}/{currency}");
}
