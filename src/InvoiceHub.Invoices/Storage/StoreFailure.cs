namespace InvoiceHub.Invoices.Storage;

/// <summary>Why the document store could not take an original: each kind gets its own answer and log line.</summary>
public enum StoreFailure
{
    /// <summary>No space left (or the quota is used up): 507.</summary>
    Full,

    /// <summary>The volume is mounted read-only or the folder is not writable: 503.</summary>
    ReadOnly,

    /// <summary>Any other input/output error of the volume: 503.</summary>
    Failed,
}
