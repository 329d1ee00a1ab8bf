using InvoiceHub.EInvoicing.Model;

namespace InvoiceHub.Invoices.Rendering;

/// <summary>
/// What the human rendering of an invoice shows (the Razor partial <c>Pages/Shared/_InvoiceRendering.cshtml</c>):
/// the invoice as read from its original, our internal number, and where its embedded attachments can be fetched
/// (<see cref="AttachmentLink"/> + the 1-based number), or null to list them without links.
/// </summary>
public sealed record InvoiceRendering(Invoice Invoice, string? InternalNumber, string? AttachmentLink = null)
{
    public string Title => $"{(Invoice.IsCreditNote ? "Credit note" : "Invoice")} {Invoice.Number}".TrimEnd();
}
