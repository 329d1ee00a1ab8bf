using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.Ocr.Contracts;
using Xunit.Abstractions;

namespace InvoiceHub.Ocr.Tests.Corpus;

/// <summary>
/// A sample of the corpus in the default suite; the whole corpus (all ZUGFeRD PDFs x 300 dpi, 200 dpi, scan) runs
/// with INVOICEHUB_OCR_ACCURACY=1 (scripts/ocr-accuracy.sh) and writes the table in docs/ocr.md.
/// </summary>
public sealed class CorpusAccuracyTests(ITestOutputHelper output)
{
    private static readonly string[] _targetFields =
        [InvoiceFieldNames.InvoiceNumber, InvoiceFieldNames.IssueDate, InvoiceFieldNames.TotalAmount, InvoiceFieldNames.Iban, InvoiceFieldNames.SellerVatId];

    [CorpusTheory]
    [InlineData("EXTENDED_Fremdwaehrung", ImageVariant.Dpi300)]
    [InlineData("EN16931_Elektron", ImageVariant.Dpi300)]
    [InlineData("EN16931_Einfach", ImageVariant.Scan)]
    public void SampleDocument_TargetFields_MatchTheEmbeddedXml(string name, ImageVariant variant)
    {
        var truth = GroundTruth.Of(name);
        var measurement = new AccuracyMeasurement();

        measurement.Measure(truth, variant);

        output.WriteLine(string.Join('\n', measurement.Misses));
        foreach (var field in _targetFields)
        {
            measurement.Accuracy(variant, field).ShouldBe(1, $"{name} {variant} {field}");
        }

        measurement.UprightPages.ShouldBeTrue("an upright page was turned");
    }

    [AccuracyFact]
    public void WholeCorpus_Accuracy_MeetsTheTargets()
    {
        ImageVariant[] variants = [ImageVariant.Dpi300, ImageVariant.Dpi200, ImageVariant.Scan];
        var measurement = new AccuracyMeasurement();
        foreach (var truth in GroundTruth.ZugferdPdfs())
        {
            foreach (var variant in variants)
            {
                measurement.Measure(truth, variant);
            }
        }

        var table = measurement.Table(variants);
        output.WriteLine(table);
        output.WriteLine(string.Join('\n', measurement.Misses));
        if (Environment.GetEnvironmentVariable("INVOICEHUB_OCR_ACCURACY_REPORT") is { Length: > 0 } report)
        {
            File.WriteAllText(report, table + "\nMisses:\n\n" + string.Join('\n', measurement.Misses.Select(m => "- " + m)) + "\n");
        }

        foreach (var field in _targetFields)
        {
            measurement.Accuracy(ImageVariant.Dpi300, field).ShouldBeGreaterThanOrEqualTo(0.95, field);
            measurement.Accuracy(ImageVariant.Scan, field).ShouldBeGreaterThanOrEqualTo(0.90, field);
        }
    }
}

/// <summary>Runs only when INVOICEHUB_OCR_ACCURACY=1 and the corpus is there: the full measurement takes minutes.</summary>
public sealed class AccuracyFactAttribute : FactAttribute
{
    public AccuracyFactAttribute()
    {
        if (CorpusLocator.CorpusFolder is null)
        {
            Skip = CorpusLocator.MissingMessage;
        }
        else if (Environment.GetEnvironmentVariable("INVOICEHUB_OCR_ACCURACY") != "1")
        {
            Skip = "the full OCR accuracy measurement runs with INVOICEHUB_OCR_ACCURACY=1 (scripts/ocr-accuracy.sh)";
        }
    }
}
