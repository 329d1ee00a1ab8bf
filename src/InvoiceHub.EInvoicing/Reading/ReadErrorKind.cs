namespace InvoiceHub.EInvoicing.Reading;

/// <summary>Why a document could not be read.</summary>
public enum ReadErrorKind
{
    Empty,
    MalformedXml,
    DtdProhibited,
    LimitExceeded,
    UnknownFormat,
    NoStructuredData,
    EncryptedPdf,
    InvalidPdf,
    IoError,
    InvalidDocument,
}
