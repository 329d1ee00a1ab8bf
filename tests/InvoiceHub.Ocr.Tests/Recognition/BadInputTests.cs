using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Tests.Corpus;

namespace InvoiceHub.Ocr.Tests.Recognition;

public sealed class BadInputTests
{
    [Fact]
    public void EmptyPage_IsAClearStatus()
    {
        var document = SharedRecognizer.Recognize(BadInputFiles.Png(2480, 3508, white: true));

        document.Succeeded.ShouldBeFalse();
        document.Error.ShouldNotBeNull().ShouldContain("empty");
        document.Pages.Count.ShouldBe(1);
        document.Fields.ShouldBeEmpty();
    }

    [Fact]
    public void CorruptImage_IsAClearStatus()
    {
        byte[] corrupt = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Repeat((byte)0x5A, 500)];

        SharedRecognizer.Recognize(corrupt).Error.ShouldNotBeNull().ShouldContain("corrupt or truncated");
    }

    [Fact]
    public void TruncatedImage_IsAClearStatus()
    {
        var png = BadInputFiles.Png(1000, 1000, white: true);

        SharedRecognizer.Recognize(png[..(png.Length / 2)]).Error.ShouldNotBeNull().ShouldContain("corrupt or truncated");
    }

    [Fact]
    public void TwentyThousandPixelSquareImage_IsRefusedBeforeDecoding()
    {
        var document = SharedRecognizer.Recognize(BadInputFiles.Png(20_000, 20_000));

        document.Error.ShouldNotBeNull().ShouldContain("20000 x 20000 pixels");
        document.Error.ShouldNotBeNull().ShouldContain("Ocr:MaxPixelsPerPage");
    }

    [Fact]
    public void EncryptedPdf_IsAClearStatus()
    {
        var pdf = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "encrypted-user-password.pdf"));

        SharedRecognizer.Recognize(pdf).Error.ShouldNotBeNull().ShouldContain("encrypted");
    }

    [Fact]
    public void FiveHundredPagePdf_IsRefusedWithTheLimit()
    {
        var document = SharedRecognizer.Recognize(BadInputFiles.BlankPdf(500));

        document.Error.ShouldBe("the PDF has 500 pages; at most 100 are recognised (limit Ocr:MaxPages)");
    }

    [Fact]
    public void BlankPdfPage_IsRasterisedAndReportedEmpty()
    {
        var document = SharedRecognizer.Recognize(BadInputFiles.BlankPdf(1));

        document.Error.ShouldNotBeNull().ShouldContain("empty");
    }

    [Fact]
    public void UnknownFileType_IsAClearStatus() =>
        SharedRecognizer.Recognize("just some text"u8.ToArray()).Error.ShouldBe("not a PDF, PNG, JPEG or TIFF file");

    [Fact]
    public void EmptyFile_IsAClearStatus() => SharedRecognizer.Recognize([]).Error.ShouldBe("the file is empty");

    [CorpusFact]
    public void PageOverTheTimeLimit_IsReportedAsTimedOut()
    {
        using var recognizer = OcrSetup.CreateRecognizer(new OcrOptions { EngineCount = 1, PageTimeout = TimeSpan.FromMilliseconds(1) });
        var page = File.ReadAllBytes(CorpusImages.Pages(GroundTruth.Of("EN16931_Einfach").PdfPath, ImageVariant.Dpi300)[0]);

        var document = recognizer.RecognizeAsync(page, CancellationToken.None).GetAwaiter().GetResult();

        document.Error.ShouldNotBeNull().ShouldContain("Ocr:PageTimeout");
    }
}
