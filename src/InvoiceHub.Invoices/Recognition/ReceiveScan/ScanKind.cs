namespace InvoiceHub.Invoices.Recognition.ReceiveScan;

/// <summary>The kinds of file intake hands to OCR.</summary>
public enum ScanKind
{
    Png,
    Jpeg,
    Tiff,

    /// <summary>A PDF that embeds no invoice XML.</summary>
    Pdf,
}
