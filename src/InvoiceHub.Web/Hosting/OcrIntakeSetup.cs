using Hangfire;
using InvoiceHub.Invoices.Recognition.RecognizeDocument;
using InvoiceHub.Ocr;
using InvoiceHub.Ocr.Contracts;

namespace InvoiceHub.Web.Hosting;

/// <summary>
/// OCR intake in the host: one recognizer per process (it owns the Tesseract engines; options from section <c>Ocr</c>)
/// and the recurring sweeper that restarts recognitions left pending.
/// </summary>
internal static class OcrIntakeSetup
{
    public const string Section = "Ocr";

    public static IServiceCollection AddOcrIntake(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<OcrOptions>() ?? new OcrOptions();
        // Disposed by the container at shutdown, which frees the engines.
        services.AddSingleton(_ => OcrSetup.CreateRecognizer(options));
        services.AddSingleton(_ => OcrSetup.CreatePageImages(options));
        services.AddHostedService<RecognitionSweeperSchedule>();
        return services;
    }

    /// <summary>Puts the sweeper on the recurring schedule (every node does; Hangfire keeps one entry).</summary>
    private sealed class RecognitionSweeperSchedule(IRecurringJobManager jobs, ILogger<RecognitionSweeperSchedule> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            try
            {
                jobs.AddOrUpdate<RecognitionSweeper>(RecognitionSweeper.Id, sweeper => sweeper.RunAsync(CancellationToken.None), "*/5 * * * *");
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // As for the store cleanup: the next start schedules it; intake does not depend on it.
                logger.LogWarning(exception, "Could not schedule the recognition sweeper");
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
