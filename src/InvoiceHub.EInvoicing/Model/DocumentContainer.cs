namespace InvoiceHub.EInvoicing.Model;

/// <summary>How the invoice XML arrived: as plain XML or embedded in a PDF/A-3 (ZUGFeRD, Factur-X).</summary>
public enum DocumentContainer
{
    Xml,
    Pdf,
}
