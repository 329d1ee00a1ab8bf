using Hangfire;

namespace InvoiceHub.Invoices.Recognition.RecognizeDocument;

/// <summary>Enqueues <see cref="RecognizeDocumentJob"/> on the Hangfire storage (PostgreSQL) shared by all nodes.</summary>
internal sealed class HangfireRecognitionQueue(IBackgroundJobClient jobs) : IRecognitionQueue
{
    public void Enqueue(Guid documentId) => jobs.Enqueue<RecognizeDocumentJob>(job => job.RunAsync(documentId, CancellationToken.None));
}
