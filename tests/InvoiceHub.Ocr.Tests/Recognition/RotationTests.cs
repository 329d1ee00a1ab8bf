using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Tests.Corpus;

namespace InvoiceHub.Ocr.Tests.Recognition;

public sealed class RotationTests
{
    [CorpusTheory]
    [InlineData(1, 270)]
    [InlineData(2, 180)]
    [InlineData(3, 90)]
    public void RotatedPage_IsTurnedUprightAndRead(int clockwiseQuarterTurns, int expectedCorrection)
    {
        var upright = CorpusImages.Pages(GroundTruth.Of("EN16931_Einfach").PdfPath, ImageVariant.Dpi300)[0];
        var rotated = CorpusImages.TemporaryFile($"rotated-{clockwiseQuarterTurns}.png");
        TestImaging.Transform(upright, rotated, pix => TestImaging.pixRotateOrth(pix, clockwiseQuarterTurns));

        var document = SharedRecognizer.Recognize(File.ReadAllBytes(rotated));

        document.Pages[0].RotationDegrees.ShouldBe(expectedCorrection);
        document.Fields[InvoiceFieldNames.InvoiceNumber].Value.ShouldBe("471102");
        document.Fields[InvoiceFieldNames.IssueDate].Value.ShouldBe("2024-11-15");
    }
}
