using Microsoft.Extensions.DependencyInjection;

namespace InvoiceHub.Invoices.Recognition.RecognizeDocument;

/// <summary>The Hangfire job that recognises one stored scan (thin: takes the id, the handler does the work).</summary>
public sealed class RecognizeDocumentJob(IServiceProvider services)
{
    public async Task RunAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecognizeDocumentHandler>().HandleAsync(documentId, cancellationToken);
    }
}
