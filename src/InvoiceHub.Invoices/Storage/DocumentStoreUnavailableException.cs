namespace InvoiceHub.Invoices.Storage;

/// <summary>
/// The document store cannot take an original right now (full, read-only, failing volume): an infrastructure fault the
/// host answers with 507 or 503, never a bug. Nothing was left behind: the temporary file is gone.
/// </summary>
public sealed class DocumentStoreUnavailableException(StoreFailure failure, string message, Exception innerException)
    : IOException(message, innerException)
{
    public StoreFailure Failure { get; } = failure;

    // errno values on Linux; .NET on Unix reports the errno of a failed call as the IOException's HResult.
    private const int NoSpace = 28, ReadOnlyFileSystem = 30, QuotaExceeded = 122;

    /// <summary>What a failed write of an original means for the caller, from the operating system's error.</summary>
    public static DocumentStoreUnavailableException From(Exception exception, string root) => exception switch
    {
        IOException { HResult: NoSpace or QuotaExceeded } =>
            new(StoreFailure.Full, $"The document store at {root} is full.", exception),
        IOException { HResult: ReadOnlyFileSystem } or UnauthorizedAccessException =>
            new(StoreFailure.ReadOnly, $"The document store at {root} is read-only or not writable.", exception),
        _ => new(StoreFailure.Failed, $"The document store at {root} failed to write: {exception.Message}", exception),
    };
}
