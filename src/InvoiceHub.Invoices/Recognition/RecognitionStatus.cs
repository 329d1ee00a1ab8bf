namespace InvoiceHub.Invoices.Recognition;

/// <summary>Where the OCR of a scanned document stands.</summary>
public enum RecognitionStatus
{
    /// <summary>Stored; the OCR job has not finished yet.</summary>
    Pending,

    /// <summary>Recognised: fields filled where found, the document is in the queue (or archived).</summary>
    Done,

    /// <summary>The file could not be read; the document waits in the queue with the reason.</summary>
    Failed,
}
