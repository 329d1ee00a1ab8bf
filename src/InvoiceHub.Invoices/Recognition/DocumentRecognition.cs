namespace InvoiceHub.Invoices.Recognition;

/// <summary>
/// The OCR of a scanned document (an image, or a PDF without invoice XML): its state, and once done the recognised
/// text and fields, kept beside the original (GoBD: OCR results of scans are kept too) and never replacing it.
/// </summary>
public sealed class DocumentRecognition
{
    public Guid DocumentId { get; init; }

    public Guid TenantId { get; init; }

    public RecognitionStatus Status { get; set; }

    /// <summary>Why the file could not be read (failed), or null.</summary>
    public string? Error { get; set; }

    public int Pages { get; set; }

    /// <summary>The full recognised text, pages separated by a form feed.</summary>
    public string? Text { get; set; }

    public List<RecognitionField> Fields { get; set; } = [];

    /// <summary>How often a job started on it (a crashed run is started again by the sweeper).</summary>
    public int Attempts { get; set; }

    public DateTimeOffset QueuedAt { get; init; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>A field is trusted without a look below this confidence (0-100).</summary>
    public const float ConfidentAt = 80f;
}
