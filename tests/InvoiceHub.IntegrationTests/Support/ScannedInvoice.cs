using System.Diagnostics;

namespace InvoiceHub.IntegrationTests.Support;

/// <summary>
/// A "scanned" invoice made at test time from a corpus ZUGFeRD PDF's visual pages: rasterised by poppler at 300 dpi,
/// grey, then turned and given sensor noise by ImageMagick, as one multi-page TIFF (nothing corpus-derived is kept).
/// </summary>
public static class ScannedInvoice
{
    /// <summary>EN16931_Elektron: the IBAN and VAT id printed on its visualisation (as in its embedded XML).</summary>
    public const string Elektron = "EN16931_Elektron";
    public const string ElektronIban = "DE91100000000123456789";
    public const string ElektronVatId = "DE136695976";
    public const string ElektronNumber = "181301674";
    public const decimal ElektronGross = 300.00m;

    private const string ImageMagick = "/usr/bin/convert";

    /// <summary>Why a scan cannot be made here (no corpus, no poppler or ImageMagick), or null.</summary>
    public static string? Unavailable =>
        CorpusPdf(Elektron) is null ? "shared corpus not found: set INVOICEHUB_SHARED or place it at ../shared next to the repository root"
        : !File.Exists(ImageMagick) ? "ImageMagick is not installed (scripts/test.sh installs it): cannot make a scan"
        : null;

    /// <summary>The corpus PDF's pages as a grey multi-page TIFF: turned and noisy unless <paramref name="clean"/>.</summary>
    public static async Task<byte[]> MakeAsync(string name, double degrees = 1.5, bool clean = false)
    {
        var pdf = CorpusPdf(name) ?? throw new InvalidOperationException(Unavailable);
        var folder = Directory.CreateTempSubdirectory("invoicehub-scan-");
        try
        {
            var prefix = Path.Combine(folder.FullName, "page");
            await RunAsync("pdftoppm", "-r", "300", "-gray", "-png", pdf, prefix);
            var pages = Directory.GetFiles(folder.FullName, "page-*.png").Order(StringComparer.Ordinal).ToList();
            var tiff = Path.Combine(folder.FullName, "scan.tif");
            // Noise at the strength of a cheap flatbed, the same noise every run (a fixed seed), so a test reads the same scan; JPEG inside the TIFF keeps a noisy page to a few hundred KB.
            string[] scanning = clean ? [] : ["-background", "white", "-rotate", degrees.ToString(System.Globalization.CultureInfo.InvariantCulture), "+repage",
                "-seed", "1206", "-attenuate", "0.5", "+noise", "Gaussian"];
            await RunAsync(ImageMagick, [.. pages, .. scanning, "-colorspace", "Gray", "-density", "300", "-compress", "jpeg", "-quality", "85", tiff]);
            return await File.ReadAllBytesAsync(tiff);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The path of a corpus ZUGFeRD PDF (<c>../shared/corpus/zugferd/NAME/NAME.pdf</c>), or null where the corpus is absent.</summary>
    public static string? CorpusPdf(string name)
    {
        var shared = Environment.GetEnvironmentVariable("INVOICEHUB_SHARED") is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); shared is null && dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InvoiceHub.sln")))
            {
                shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        var pdf = shared is null ? null : Path.Combine(shared, "corpus", "zugferd", name, name + ".pdf");
        return pdf is not null && File.Exists(pdf) ? pdf : null;
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {await error}");
        }
    }
}

/// <summary>A fact that needs a scanned invoice (<see cref="ScannedInvoice"/>): skipped with the reason where none can be made.</summary>
public sealed class ScanFactAttribute : FactAttribute
{
    public ScanFactAttribute()
    {
        if (ScannedInvoice.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A fact that needs a corpus ZUGFeRD PDF: skipped with the reason where the shared corpus is absent.</summary>
public sealed class CorpusPdfFactAttribute : FactAttribute
{
    public CorpusPdfFactAttribute()
    {
        if (ScannedInvoice.CorpusPdf(ScannedInvoice.Elektron) is null)
        {
            Skip = "shared corpus not found: set INVOICEHUB_SHARED or place it at ../shared next to the repository root";
        }
    }
}
