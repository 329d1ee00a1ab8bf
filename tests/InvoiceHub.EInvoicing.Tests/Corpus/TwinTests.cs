using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;

namespace InvoiceHub.EInvoicing.Tests.Corpus;

/// <summary>The XRechnung UBL and CII twins of one test case give the same model.</summary>
public sealed class TwinTests
{
    // Manifest field -> model path prefix, for values in which twin entries legitimately differ.
    private static readonly Dictionary<string, string> _manifestFieldToModelPath = new(StringComparer.Ordinal)
    {
        ["buyer_name"] = "invoice.Buyer.Name",
        ["buyer_trading_name"] = "invoice.Buyer.TradingName",
        ["seller_name"] = "invoice.Seller.Name",
        ["seller_trading_name"] = "invoice.Seller.TradingName",
    };

    // Content in which the upstream twins really differ (test-suite data, not a reader issue). Each entry must
    // still be observed, so the list cannot silently cover up a regression once upstream fixes the data.
    private static readonly Dictionary<string, string[]> _knownDataDifferences = new(StringComparer.Ordinal)
    {
        // UBL carries a placeholder order reference "Dummywert"; the CII twin has none.
        ["xr-standard-01.02a-INVOICE"] = ["invoice.PurchaseOrderReference"],
        ["xr-standard-01.08a-INVOICE"] = ["invoice.PurchaseOrderReference"],
        ["xr-standard-01.10a-INVOICE"] = ["invoice.PurchaseOrderReference"],
        ["xr-standard-01.12a-INVOICE"] = ["invoice.PurchaseOrderReference"],

        // City and post code are swapped in the UBL twin.
        ["xr-standard-03.06a-INVOICE"] =
        [
            "invoice.Seller.Address.City", "invoice.Seller.Address.PostalCode",
            "invoice.Buyer.Address.City", "invoice.Buyer.Address.PostalCode",
        ],

        // CII has two more seller ids and a payee legal id (UBL a price base quantity); D16B CII allows one preceding invoice.
        ["xr-cius-01.01_comprehensive_test"] =
            ["invoice.PrecedingInvoices", "invoice.Seller.Identifiers", "invoice.Payee.LegalRegistrationId", "invoice.Lines[1].Price.BaseQuantity"],

        // CII contact is a department, UBL a person; payee legal id and a price base quantity only in one twin.
        ["xr-cius-01.03_comprehensive_test"] =
            ["invoice.Seller.Contact.Name", "invoice.Payee.LegalRegistrationId", "invoice.Lines[1].Price.BaseQuantity"],

        // As 01.01, plus a typo in the CII item description and item attributes in another order.
        ["xr-cvd-02.01a-cvd_INVOICE"] =
            ["invoice.Seller.Identifiers", "invoice.Payee.LegalRegistrationId", "invoice.Lines[0].Item.Description", "invoice.Lines[0].Item.Attributes"],
    };

    public static TheoryData<string> PairKeys()
    {
        var data = new TheoryData<string>();
        foreach (var key in Manifest.Entries.Values.Select(e => e.Text("pair_key")).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(key);
        }

        return data;
    }

    [CorpusFact]
    public void Corpus_HasTwins() => PairKeys().Count.ShouldBeGreaterThanOrEqualTo(20);

    [CorpusTheory]
    [MemberData(nameof(PairKeys))]
    public void ReadTwins_UblAndCii_GiveEqualModels(string pairKey)
    {
        var entries = Manifest.Entries.Values.Where(e => e.Text("pair_key") == pairKey).ToList();
        entries.Count.ShouldBe(2);
        var ubl = entries.Single(e => e.Text("syntax")!.StartsWith("ubl", StringComparison.Ordinal));
        var cii = entries.Single(e => e.Text("syntax") == "cii");

        var fromUbl = Read(ubl.Text("path")!);
        var fromCii = Read(cii.Text("path")!);

        var ignored = _manifestFieldToModelPath
            .Where(f => ubl.Text(f.Key) != cii.Text(f.Key))
            .Select(f => f.Value)
            .ToList();
        var known = _knownDataDifferences.GetValueOrDefault(pairKey, []);
        var all = ModelDiff.Compare(WithoutSyntaxDetails(fromUbl), WithoutSyntaxDetails(fromCii))
            .Where(d => !ignored.Any(i => d.StartsWith(i + ":", StringComparison.Ordinal)))
            .ToList();
        var unexpected = all.Where(d => !known.Any(k => IsUnder(d, k))).ToList();
        var unobserved = known.Where(k => !all.Any(d => IsUnder(d, k))).ToList();

        unexpected.ShouldBeEmpty($"{ubl.Text("path")} vs {cii.Text("path")}");
        unobserved.ShouldBeEmpty("known data differences no longer observed; remove them from the list");
    }

    private static bool IsUnder(string difference, string path) =>
        difference.StartsWith(path + ":", StringComparison.Ordinal)
        || difference.StartsWith(path + "[", StringComparison.Ordinal)
        || difference.StartsWith(path + ".", StringComparison.Ordinal);

    private static Invoice Read(string path) =>
        InvoiceReader.Read(File.ReadAllBytes(CorpusLocator.PathOf(path))).Invoice.ShouldNotBeNull();

    // Syntax-only details: how the document was written, not what it says.
    // Optional totals: CII generators write 0 where the UBL twin omits the element; both mean zero.
    private static Invoice WithoutSyntaxDetails(Invoice invoice) =>
        invoice with
        {
            Format = new DocumentFormat(InvoiceSyntax.Ubl, "-", "-"),
            UblVersion = null,
            Totals = invoice.Totals with
            {
                Rounding = ZeroAsAbsent(invoice.Totals.Rounding),
                Prepaid = ZeroAsAbsent(invoice.Totals.Prepaid),
                Tax = ZeroAsAbsent(invoice.Totals.Tax),
            },
        };

    private static Money? ZeroAsAbsent(Money? money) => money is { Amount: 0m } ? null : money;
}
