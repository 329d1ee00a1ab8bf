using InvoiceHub.Ocr.Extraction.Checks;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.Ocr.Contracts;

namespace InvoiceHub.Ocr.Tests.Corpus;

/// <summary>A corpus ZUGFeRD PDF and what its embedded XML says (manifest values, IBAN from the XML itself).</summary>
internal sealed record GroundTruth(string Name, string PdfPath, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The fields measured: those the issue sets targets for, plus the amounts, currency and VAT rates.</summary>
    public static readonly IReadOnlyList<string> Measured =
    [
        InvoiceFieldNames.InvoiceNumber, InvoiceFieldNames.IssueDate, InvoiceFieldNames.TotalAmount, InvoiceFieldNames.Iban,
        InvoiceFieldNames.SellerVatId, InvoiceFieldNames.NetAmount, InvoiceFieldNames.TaxAmount, InvoiceFieldNames.Currency,
        InvoiceFieldNames.VatRates,
    ];

    public static IReadOnlyList<GroundTruth> ZugferdPdfs() =>
        [.. Manifest.Entries.Values
            .Where(e => e.Text("family") == "zugferd" && e.Text("path")!.EndsWith(".pdf", StringComparison.Ordinal))
            .OrderBy(e => e.Text("path"), StringComparer.Ordinal)
            .Select(From)];

    public static GroundTruth Of(string name) => ZugferdPdfs().Single(g => g.Name == name);

    private static GroundTruth From(System.Text.Json.JsonElement entry)
    {
        var path = CorpusLocator.PathOf(entry.Text("path")!);
        var fields = new Dictionary<string, string>();
        void Put(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                fields[name] = value;
            }
        }

        Put(InvoiceFieldNames.InvoiceNumber, entry.Text("invoice_number"));
        Put(InvoiceFieldNames.IssueDate, entry.Text("issue_date"));
        Put(InvoiceFieldNames.Currency, entry.Text("currency"));
        Put(InvoiceFieldNames.TotalAmount, Amount(entry.Text("total_with_vat")));
        Put(InvoiceFieldNames.NetAmount, Amount(entry.Text("total_without_vat")));
        Put(InvoiceFieldNames.TaxAmount, Amount(entry.Text("total_vat")));
        Put(InvoiceFieldNames.SellerVatId, entry.Text("seller_vat_id")?.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (entry.TryGetProperty("vat_breakdown", out var breakdown) && breakdown.GetArrayLength() > 0)
        {
            Put(InvoiceFieldNames.VatRates, string.Join(';', breakdown.EnumerateArray()
                .Select(b => decimal.Parse(b.Text("rate") ?? "0", System.Globalization.CultureInfo.InvariantCulture))
                .Distinct().Order().Select(r => r.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))));
        }

        var invoice = InvoiceReader.Read(File.ReadAllBytes(path)).Invoice;
        // Test IBANs that fail the ISO 13616 check are no ground truth: the extractor reports a wrong check digit only
        // with a low confidence, and a wrong length (EN16931_Innergemeinschaftliche_Lieferungen's 18-character German
        // "IBAN") not at all, as a reader of real invoices should.
        var iban = invoice?.PaymentInstructions.Select(p => p.CreditTransfer?.AccountId).FirstOrDefault(a => a is not null)?.Replace(" ", string.Empty, StringComparison.Ordinal);
        Put(InvoiceFieldNames.Iban, iban is not null && IbanCheck.IsValid(iban) ? iban : null);
        return new GroundTruth(Path.GetFileNameWithoutExtension(path), path, fields);
    }

    private static string? Amount(string? value) =>
        value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
