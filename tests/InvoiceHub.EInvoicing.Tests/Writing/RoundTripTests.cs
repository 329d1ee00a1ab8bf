using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Writing;

namespace InvoiceHub.EInvoicing.Tests.Writing;

/// <summary>UBL -> model -> CII -> model and CII -> model -> UBL -> model lose nothing, on the whole corpus.</summary>
public sealed class RoundTripTests
{
    // OIOUBL carries Danish specifics (payment slips, excise line taxes, channel codes) that CII cannot hold.
    public static TheoryData<string> RoundTripPaths()
    {
        var data = new TheoryData<string>();
        foreach (var path in Manifest.Entries.Keys.Order(StringComparer.Ordinal))
        {
            if (!Manifest.Entries[path].Text("syntax")!.StartsWith("oioubl", StringComparison.Ordinal))
            {
                data.Add(path);
            }
        }

        return data;
    }

    [CorpusFact]
    public void Corpus_HasUblAndCiiDocumentsToRoundTrip() => RoundTripPaths().Count.ShouldBeGreaterThan(100);

    [CorpusTheory]
    [MemberData(nameof(RoundTripPaths))]
    public void RoundTrip_ThroughTheOtherSyntax_IsLossless(string path)
    {
        var original = InvoiceReader.Read(File.ReadAllBytes(CorpusLocator.PathOf(path))).Invoice.ShouldNotBeNull();
        var toCii = original.Format.Syntax == InvoiceSyntax.Ubl;

        var written = toCii ? InvoiceWriter.ToCii(original) : InvoiceWriter.ToUbl(original);
        var reread = InvoiceReader.Read(written);

        reread.Error.ShouldBeNull();
        var copy = reread.Invoice.ShouldNotBeNull();
        copy.Format.Syntax.ShouldBe(toCii ? InvoiceSyntax.Cii : InvoiceSyntax.Ubl);
        ModelDiff.Compare(Normalize(original), Normalize(copy)).ShouldBeEmpty();
    }

    [CorpusTheory]
    [MemberData(nameof(RoundTripPaths))]
    public void RoundTrip_ThroughTheSameSyntax_IsLossless(string path)
    {
        var original = InvoiceReader.Read(File.ReadAllBytes(CorpusLocator.PathOf(path))).Invoice.ShouldNotBeNull();

        var written = original.Format.Syntax == InvoiceSyntax.Ubl ? InvoiceWriter.ToUbl(original) : InvoiceWriter.ToCii(original);
        var copy = InvoiceReader.Read(written).Invoice.ShouldNotBeNull();

        ModelDiff.Compare(Normalize(original), Normalize(copy)).ShouldBeEmpty();
    }

    // Syntax-only details: the format itself, the UBL version, how sub-lines are represented (UBL nests
    // them, CII lists them flat with ParentLineID), and BT-110, which UBL must write (as 0) with a breakdown.
    private static Invoice Normalize(Invoice invoice) =>
        invoice with
        {
            Format = new DocumentFormat(InvoiceSyntax.Ubl, "-", "-"),
            UblVersion = null,
            Lines = new ValueList<InvoiceLine>(Flatten(invoice.Lines)),
            Totals = invoice.Totals with { Tax = invoice.Totals.Tax is { Amount: 0m } ? null : invoice.Totals.Tax },
        };

    private static IEnumerable<InvoiceLine> Flatten(IEnumerable<InvoiceLine> lines) =>
        lines.SelectMany(l => new[] { l with { SubLines = ValueList<InvoiceLine>.Empty } }.Concat(Flatten(l.SubLines)));
}
