using InvoiceHub.EInvoicing.Model;
using InvoiceHub.Invoices.Documents;

namespace InvoiceHub.Invoices.Reading.GetDocument;

/// <summary>An attachment embedded in a document's invoice (null when the number asked for is not one), and how many there are.</summary>
public sealed record EmbeddedAttachment(Document Document, int Count, BinaryObject? Attachment);
