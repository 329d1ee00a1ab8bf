using System.Diagnostics;
using System.Globalization;
using InvoiceHub.Ocr;
using InvoiceHub.Ocr.Contracts;

namespace InvoiceHub.Benchmarks;

/// <summary>
/// Pages per minute of the recognizer on one page image sent N times at once (one engine per core), with
/// OMP_THREAD_LIMIT=1 (the default) or with Tesseract's OpenMP threads on. One configuration per process: libgomp
/// reads the limit once, when Tesseract loads. Prints wall and CPU time; the machine's other load disturbs both.
/// </summary>
internal static class OcrThroughput
{
    public static async Task RunAsync(string page, int pages, bool openMp)
    {
        var content = await File.ReadAllBytesAsync(page);
        using var recognizer = OcrSetup.CreateRecognizer(new OcrOptions { LimitOpenMpThreads = !openMp });

        // Warm-up: every engine loads its languages once.
        await Task.WhenAll(Enumerable.Range(0, Environment.ProcessorCount).Select(_ => recognizer.RecognizeAsync(content, CancellationToken.None)));

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, pages).Select(_ => Task.Run(() => recognizer.RecognizeAsync(content, CancellationToken.None))));
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var failed = results.Count(r => !r.Succeeded);
        var perMinute = pages / clock.Elapsed.TotalMinutes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"OCR {pages} pages, {Environment.ProcessorCount} cores, OpenMP threads {(openMp ? "on" : "limited to 1")}: {clock.Elapsed.TotalSeconds:0.0} s wall, {cpu.TotalSeconds:0.0} s CPU, {perMinute:0.0} pages/min ({pages / cpu.TotalMinutes:0.0} pages per CPU-minute), {failed} failed"));
    }
}
