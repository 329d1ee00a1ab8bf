namespace InvoiceHub.Ocr.Contracts;

/// <summary>How the recognizer runs: languages, engine count, limits and the image steps (configuration section <c>Ocr</c>).</summary>
public sealed record OcrOptions
{
    /// <summary>Tesseract languages joined by '+', each with a traineddata file installed (eng, deu, dan).</summary>
    public string Languages { get; init; } = "deu+eng+dan";

    /// <summary>Folder of the traineddata files; null uses Tesseract's compiled-in default (Debian: /usr/share/tesseract-ocr/5/tessdata).</summary>
    public string? DataPath { get; init; }

    /// <summary>Engines in the pool, i.e. pages recognised at once; 0 means one per processor core.</summary>
    public int EngineCount { get; init; }

    /// <summary>Sets OMP_THREAD_LIMIT=1 for the process before Tesseract loads (see docs/adr/0003-ocr-engine.md).</summary>
    public bool LimitOpenMpThreads { get; init; } = true;

    /// <summary>Longest time Tesseract may spend on one page; the page is answered as timed out after it.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Resolution PDF pages without a usable text layer are rasterised at.</summary>
    public int PdfDpi { get; init; } = 300;

    /// <summary>Pages of one file that are recognised; a file with more is refused as a whole.</summary>
    public int MaxPages { get; init; } = 100;

    /// <summary>Largest page image in pixels (width x height); larger images are refused before they are decoded.</summary>
    public long MaxPixelsPerPage { get; init; } = 80_000_000;

    /// <summary>Largest input file in bytes.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Detect 90 / 180 / 270 degree rotated pages with Tesseract's orientation detection and turn them upright.</summary>
    public bool DetectOrientation { get; init; } = true;

    /// <summary>Straighten slightly rotated scans (leptonica's skew search).</summary>
    public bool Deskew { get; init; } = true;

    /// <summary>Local contrast normalisation before recognition (off by default: it did not help on our measurement).</summary>
    public bool NormalizeContrast { get; init; }

    /// <summary>Use a PDF page's text layer instead of OCR when it holds usable text.</summary>
    public bool UsePdfTextLayer { get; init; } = true;

    internal int EffectiveEngineCount => EngineCount > 0 ? EngineCount : Environment.ProcessorCount;
}
