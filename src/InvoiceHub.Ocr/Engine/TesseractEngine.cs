using System.Diagnostics;
using System.Runtime.InteropServices;
using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Native;

namespace InvoiceHub.Ocr.Engine;

/// <summary>
/// One Tesseract instance (LSTM, the configured languages) plus one orientation detector (legacy engine, "osd").
/// Not thread-safe: the pool hands each to one page at a time.
/// </summary>
internal sealed class TesseractEngine : IDisposable
{
    private nint _api;
    private nint _osd;

    public TesseractEngine(string languages, string? dataPath)
    {
        _api = TesseractNative.TessBaseAPICreate();
        if (TesseractNative.TessBaseAPIInit2(_api, dataPath, languages, TesseractNative.OemLstmOnly) != 0)
        {
            Dispose();
            throw new InvalidOperationException($"Tesseract could not load the languages '{languages}' (is tesseract-ocr-<lang> installed?)");
        }

        TesseractNative.TessBaseAPISetPageSegMode(_api, TesseractNative.PsmAuto);
        // Tesseract prints e.g. "Detected 12 diacritics" per page to stderr otherwise.
        TesseractNative.TessBaseAPISetVariable(_api, "debug_file", "/dev/null");

        _osd = TesseractNative.TessBaseAPICreate();
        if (TesseractNative.TessBaseAPIInit2(_osd, dataPath, "osd", TesseractNative.OemTesseractOnly) != 0)
        {
            // Without osd.traineddata pages are read as they lie; orientation detection reports nothing.
            TesseractNative.TessBaseAPIDelete(_osd);
            _osd = 0;
        }
        else
        {
            TesseractNative.TessBaseAPISetPageSegMode(_osd, TesseractNative.PsmOsdOnly);
            TesseractNative.TessBaseAPISetVariable(_osd, "debug_file", "/dev/null");
        }
    }

    /// <summary>
    /// The clockwise quarter turns that make the page upright, or 0 when the detector is unsure or has too little text.
    /// </summary>
    public int DetectQuarterTurns(Pix pix, float minimumConfidence)
    {
        if (_osd == 0)
        {
            return 0;
        }

        TesseractNative.TessBaseAPISetImage2(_osd, pix.Handle);
        TesseractNative.TessBaseAPISetSourceResolution(_osd, Math.Max(pix.Resolution, 70));
        try
        {
            // The script name points into Tesseract's own tables (capi.h's note to free it is wrong for 5.x).
            if (!TesseractNative.TessBaseAPIDetectOrientationScript(_osd, out var degrees, out var confidence, out _, out _))
            {
                return 0;
            }

            // Tesseract reports the page's orientation counter-clockwise; turning it back is the same angle clockwise.
            return confidence >= minimumConfidence ? degrees / 90 % 4 : 0;
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(_osd);
        }
    }

    /// <summary>Recognises the image; the words come back in Tesseract's reading order with page-pixel boxes.</summary>
    public (IReadOnlyList<OcrWord> Words, bool TimedOut) Recognize(Pix pix, TimeSpan timeout)
    {
        TesseractNative.TessBaseAPISetImage2(_api, pix.Handle);
        // Images without a resolution (many PNGs) make Tesseract guess and warn; invoices are scanned at 200-300 dpi.
        TesseractNative.TessBaseAPISetSourceResolution(_api, pix.Resolution is >= 70 and <= 2400 ? pix.Resolution : 300);
        var monitor = TesseractNative.TessMonitorCreate();
        try
        {
            TesseractNative.TessMonitorSetDeadlineMSecs(monitor, (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds));
            var started = Stopwatch.GetTimestamp();
            var status = TesseractNative.TessBaseAPIRecognize(_api, monitor);
            if (Stopwatch.GetElapsedTime(started) >= timeout)
            {
                return ([], true);
            }

            return (status == 0 ? ReadWords() : [], false);
        }
        finally
        {
            TesseractNative.TessMonitorDelete(monitor);
            TesseractNative.TessBaseAPIClear(_api);
        }
    }

    private List<OcrWord> ReadWords()
    {
        var words = new List<OcrWord>();
        var iterator = TesseractNative.TessBaseAPIGetIterator(_api);
        if (iterator == 0)
        {
            return words;
        }

        try
        {
            var page = TesseractNative.TessResultIteratorGetPageIteratorConst(iterator);
            do
            {
                var textPointer = TesseractNative.TessResultIteratorGetUTF8Text(iterator, TesseractNative.LevelWord);
                if (textPointer == 0)
                {
                    continue;
                }

                var text = Marshal.PtrToStringUTF8(textPointer) ?? string.Empty;
                TesseractNative.TessDeleteText(textPointer);
                if (string.IsNullOrWhiteSpace(text)
                    || !TesseractNative.TessPageIteratorBoundingBox(page, TesseractNative.LevelWord, out var left, out var top, out var right, out var bottom))
                {
                    continue;
                }

                var confidence = TesseractNative.TessResultIteratorConfidence(iterator, TesseractNative.LevelWord);
                words.Add(new OcrWord(text.Trim(), Math.Clamp(confidence, 0, 100), new OcrBox(left, top, right - left, bottom - top)));
            }
            while (TesseractNative.TessResultIteratorNext(iterator, TesseractNative.LevelWord));
        }
        finally
        {
            TesseractNative.TessResultIteratorDelete(iterator);
        }

        return words;
    }

    public void Dispose()
    {
        foreach (var handle in new[] { _api, _osd })
        {
            if (handle != 0)
            {
                TesseractNative.TessBaseAPIEnd(handle);
                TesseractNative.TessBaseAPIDelete(handle);
            }
        }

        _api = 0;
        _osd = 0;
    }
}
