using InvoiceHub.Invoices.Documents;

namespace InvoiceHub.Invoices.Reading.GetDocument;

/// <summary>A document's original bytes and the file name to offer them under.</summary>
public sealed record DocumentOriginal(Document Document, byte[] Content, string FileName);
