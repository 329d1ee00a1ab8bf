namespace InvoiceHub.Invoices.Archive.SearchArchive;

/// <summary>Where a document's data was read from: the e-invoice standard it follows.</summary>
public enum RecognitionSource
{
    XRechnung,
    Zugferd,
    Peppol,
    Oioubl,

    /// <summary>Plain UBL that is none of XRechnung, Peppol or OIOUBL.</summary>
    Ubl,

    /// <summary>Plain CII that is none of XRechnung or ZUGFeRD / Factur-X.</summary>
    Cii,

    /// <summary>Read by OCR from a scan or a PDF without invoice XML.</summary>
    Ocr,
}
