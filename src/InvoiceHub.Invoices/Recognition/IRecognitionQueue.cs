namespace InvoiceHub.Invoices.Recognition;

/// <summary>Starts the OCR job of a stored scan (Hangfire in the host).</summary>
public interface IRecognitionQueue
{
    void Enqueue(Guid documentId);
}
