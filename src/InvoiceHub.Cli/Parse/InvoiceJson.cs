using System.Globalization;
using InvoiceHub.EInvoicing.Model;

namespace InvoiceHub.Cli.Parse;

/// <summary>The `invoice` object of a parse record: the header, parties, lines and totals.</summary>
internal sealed record InvoiceJson(
    string? Number,
    string? IssueDate,
    string? TypeCode,
    bool IsCreditNote,
    bool BookingAidOnly,
    string? Currency,
    string? BuyerReference,
    string? SpecificationId,
    PartyJson Seller,
    PartyJson Buyer,
    IReadOnlyList<LineJson> Lines,
    TotalsJson Totals,
    int AttachmentCount)
{
    public static InvoiceJson From(Invoice invoice) =>
        new(
            invoice.Number,
            invoice.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            invoice.TypeCode,
            invoice.IsCreditNote,
            invoice.IsBookingAidOnly,
            invoice.CurrencyCode,
            invoice.BuyerReference,
            invoice.SpecificationId,
            PartyJson.From(invoice.Seller),
            PartyJson.From(invoice.Buyer),
            [.. invoice.Lines.Select(LineJson.From)],
            TotalsJson.From(invoice.Totals),
            invoice.SupportingDocuments.Count(d => d.Attachment is not null));
}
