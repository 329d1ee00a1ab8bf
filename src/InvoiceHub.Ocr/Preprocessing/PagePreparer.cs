using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Engine;
using InvoiceHub.Ocr.Native;

namespace InvoiceHub.Ocr.Preprocessing;

/// <summary>
/// Turns a decoded page into what Tesseract reads best: grey, upright (orientation detection), straight (deskew) and,
/// when configured, contrast-normalised. Which steps measurably helped is in docs/adr/0003-ocr-engine.md.
/// </summary>
internal static class PagePreparer
{
    /// <summary>Tesseract's OSD confidence below which a page is left as it lies (text-poor pages give noise).</summary>
    private const float MinimumOrientationConfidence = 2.0f;

    public sealed record Prepared(Pix Image, int RotationDegrees, float SkewDegrees, bool Blank) : IDisposable
    {
        public void Dispose() => Image.Dispose();
    }

    public static Prepared Prepare(Pix original, TesseractEngine engine, OcrOptions options)
    {
        var image = original.Transform(h => LeptonicaNative.pixConvertTo8(h, 0), "convert to grey");
        var resolution = original.Resolution;
        try
        {
            if (image.IsBlank())
            {
                return new Prepared(image, 0, 0, Blank: true);
            }

            if (options.NormalizeContrast)
            {
                image = Replace(image, image.Transform(h => LeptonicaNative.pixContrastNorm(0, h, 100, 100, 55, 1, 1), "normalise the contrast of"));
            }

            var turns = 0;
            if (options.DetectOrientation)
            {
                turns = engine.DetectQuarterTurns(image, MinimumOrientationConfidence);
                if (turns != 0)
                {
                    image = Replace(image, image.Transform(h => LeptonicaNative.pixRotateOrth(h, turns), "rotate"));
                }
            }

            float skew = 0;
            if (options.Deskew)
            {
                var deskewed = image.Transform(h => LeptonicaNative.pixFindSkewAndDeskew(h, 2, out skew, out _), "deskew");
                image = Replace(image, deskewed);
            }

            if (resolution > 0)
            {
                _ = LeptonicaNative.pixSetResolution(image.Handle, resolution, resolution);
            }

            return new Prepared(image, turns * 90, skew, Blank: false);
        }
        catch
        {
            image.Dispose();
            throw;
        }
    }

    private static Pix Replace(Pix old, Pix replacement)
    {
        old.Dispose();
        return replacement;
    }
}
