using InvoiceHub.Ocr.Contracts;

namespace InvoiceHub.Ocr.Tests.Contracts;

/// <summary>Boxes of a page the OCR turned upright, mapped back onto the page as received (what the invoice form shows).</summary>
public sealed class OcrBoxTests
{
    // A 100 x 50 page as received with a box at (10, 5) of 20 x 8; below, where that box lies once the page is turned
    // clockwise by leptonica's pixRotateOrth (90: (x, y) -> (H - y, x); 180: (W - x, H - y); 270: (y, W - x)).
    [Theory]
    [InlineData(0, 100, 50, 10, 5, 20, 8)]
    [InlineData(90, 50, 100, 37, 10, 8, 20)]
    [InlineData(180, 100, 50, 70, 37, 20, 8)]
    [InlineData(270, 50, 100, 5, 70, 8, 20)]
    [InlineData(-90, 50, 100, 5, 70, 8, 20)]
    public void AsReceived_BoxOfATurnedPage_IsWhereItIsOnThePageAsReceived(int degrees, int uprightWidth, int uprightHeight, int left, int top, int width, int height) =>
        new OcrBox(left, top, width, height).AsReceived(degrees, uprightWidth, uprightHeight).ShouldBe(new OcrBox(10, 5, 20, 8));
}
