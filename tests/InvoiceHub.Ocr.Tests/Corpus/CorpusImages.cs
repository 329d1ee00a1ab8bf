using System.Collections.Concurrent;
using System.Diagnostics;

namespace InvoiceHub.Ocr.Tests.Corpus;

/// <summary>How a corpus PDF's visual pages are turned into an image for OCR.</summary>
public enum ImageVariant
{
    /// <summary>pdftoppm at 300 dpi, grey.</summary>
    Dpi300,

    /// <summary>pdftoppm at 200 dpi, grey.</summary>
    Dpi200,

    /// <summary>300 dpi grey, turned 1-2 degrees and with Gaussian noise, as a flatbed scan looks.</summary>
    Scan,
}

/// <summary>
/// Renders the corpus's ZUGFeRD PDFs into page images at test time, in a temporary folder deleted when the process
/// ends: corpus-derived files are never committed.
/// </summary>
internal static class CorpusImages
{
    private static readonly Lazy<string> _folder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("invoicehub-ocr-corpus-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });

    private static readonly ConcurrentDictionary<(string, ImageVariant), Lazy<IReadOnlyList<string>>> _pages = new();

    /// <summary>The PDF's pages as PNG files of the variant (cached for the test run).</summary>
    public static IReadOnlyList<string> Pages(string pdf, ImageVariant variant) =>
        _pages.GetOrAdd((pdf, variant), key => new Lazy<IReadOnlyList<string>>(() => Render(key.Item1, key.Item2))).Value;

    /// <summary>All pages of the variant as one multi-page TIFF: one document for the recognizer.</summary>
    public static byte[] Document(string pdf, ImageVariant variant)
    {
        var pages = Pages(pdf, variant);
        var tiff = Path.Combine(_folder.Value, $"{Path.GetFileNameWithoutExtension(pdf)}-{variant}-{Guid.NewGuid():N}.tif");
        TestImaging.WriteTiff(pages, tiff, variant == ImageVariant.Dpi200 ? 200 : 300);
        var bytes = File.ReadAllBytes(tiff);
        File.Delete(tiff);
        return bytes;
    }

    public static string TemporaryFile(string name) => Path.Combine(_folder.Value, $"{Guid.NewGuid():N}-{name}");

    private static IReadOnlyList<string> Render(string pdf, ImageVariant variant)
    {
        var prefix = Path.Combine(_folder.Value, $"{Path.GetFileNameWithoutExtension(pdf)}-{variant}");
        Run("pdftoppm", "-r", variant == ImageVariant.Dpi200 ? "200" : "300", "-gray", "-png", pdf, prefix);
        var pages = Directory.GetFiles(_folder.Value, Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal).ToList();
        if (variant != ImageVariant.Scan)
        {
            return pages;
        }

        // A deterministic 1-2 degree turn, alternating direction by document, and sensor noise.
        // string.GetHashCode differs per process: a sum of the name's characters is the same in every run.
        var seed = Path.GetFileName(pdf).Sum(c => c) % 100;
        var degrees = (1 + (seed / 100.0)) * (seed % 2 == 0 ? 1 : -1);
        foreach (var page in pages)
        {
            TestImaging.Transform(page, page, pix =>
            {
                var turned = TestImaging.pixRotate(pix, (float)(degrees * Math.PI / 180), 1, 1, 0, 0);
                var noisy = TestImaging.pixAddGaussianNoise(turned, 14);
                TestImaging.Destroy(turned);
                return noisy;
            });
        }

        return pages;
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {error}");
        }
    }
}
