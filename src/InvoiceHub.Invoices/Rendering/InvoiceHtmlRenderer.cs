using System.Globalization;
using System.Net;
using System.Text;
using InvoiceHub.EInvoicing.Model;

namespace InvoiceHub.Invoices.Rendering;

/// <summary>
/// Renders an invoice as a self-contained HTML page for people (the stylesheet view of product notes, section 4).
/// Every value is HTML-encoded: the document is untrusted input.
/// </summary>
internal static class InvoiceHtmlRenderer
{
    public static string Render(Invoice invoice, string? internalNumber)
    {
        var html = new StringBuilder(8192);
        var title = $"{(invoice.IsCreditNote ? "Credit note" : "Invoice")} {invoice.Number}";
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2433}table{border-collapse:collapse;width:100%;margin:1rem 0}")
            .Append("th,td{border-bottom:1px solid #e4e7ec;padding:.35rem .5rem;text-align:left;vertical-align:top}td.n,th.n{text-align:right}")
            .Append(".parties{display:flex;gap:3rem}.muted{color:#667085}h1{margin-bottom:.2rem}")
            .Append("</style></head><body>");
        html.Append("<h1>").Append(E(title)).Append("</h1><p class=\"muted\">").Append(E(invoice.Format.ToString()));
        if (internalNumber is not null)
        {
            html.Append(" · archived as ").Append(E(internalNumber));
        }

        html.Append("</p><table><tbody>");
        Row(html, "Issue date", invoice.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Row(html, "Due date", invoice.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Row(html, "Type code", invoice.TypeCode);
        Row(html, "Currency", invoice.CurrencyCode);
        Row(html, "Buyer reference", invoice.BuyerReference);
        Row(html, "Order reference", invoice.PurchaseOrderReference);
        Row(html, "Payment terms", invoice.PaymentTerms);
        html.Append("</tbody></table><div class=\"parties\">");
        PartyBlock(html, "Seller", invoice.Seller);
        PartyBlock(html, "Buyer", invoice.Buyer);
        html.Append("</div>");

        html.Append("<h2>Lines</h2><table><thead><tr><th>#</th><th>Item</th><th class=\"n\">Quantity</th><th class=\"n\">Price</th><th class=\"n\">Net</th><th>VAT</th></tr></thead><tbody>");
        foreach (var line in invoice.Lines)
        {
            html.Append("<tr><td>").Append(E(line.Id)).Append("</td><td>").Append(E(line.Item.Name));
            if (line.Item.Description is { } description)
            {
                html.Append("<br><span class=\"muted\">").Append(E(description)).Append("</span>");
            }

            html.Append("</td><td class=\"n\">").Append(E(line.Quantity?.ToString()))
                .Append("</td><td class=\"n\">").Append(E(line.Price?.NetPrice?.ToString()))
                .Append("</td><td class=\"n\">").Append(E(line.NetAmount?.ToString()))
                .Append("</td><td>").Append(E(line.Vat is null ? null : $"{line.Vat.CategoryCode} {line.Vat.Rate}%"))
                .Append("</td></tr>");
        }

        html.Append("</tbody></table><h2>VAT</h2><table><thead><tr><th>Category</th><th class=\"n\">Rate</th><th class=\"n\">Taxable</th><th class=\"n\">Tax</th></tr></thead><tbody>");
        foreach (var vat in invoice.VatBreakdown)
        {
            html.Append("<tr><td>").Append(E(vat.CategoryCode)).Append("</td><td class=\"n\">").Append(E(vat.Rate?.ToString(CultureInfo.InvariantCulture)))
                .Append("</td><td class=\"n\">").Append(E(vat.TaxableAmount?.ToString())).Append("</td><td class=\"n\">")
                .Append(E(vat.TaxAmount?.ToString())).Append("</td></tr>");
        }

        var totals = invoice.Totals;
        html.Append("</tbody></table><h2>Totals</h2><table><tbody>");
        Row(html, "Sum of lines", totals.LineNet?.ToString());
        Row(html, "Allowances", totals.AllowanceTotal?.ToString());
        Row(html, "Charges", totals.ChargeTotal?.ToString());
        Row(html, "Total without VAT", totals.TaxExclusive?.ToString());
        Row(html, "VAT", totals.Tax?.ToString());
        Row(html, "Total with VAT", totals.TaxInclusive?.ToString());
        Row(html, "Prepaid", totals.Prepaid?.ToString());
        Row(html, "Amount due", totals.Payable?.ToString());
        html.Append("</tbody></table>");

        if (invoice.PaymentInstructions.Count > 0)
        {
            html.Append("<h2>Payment</h2><ul>");
            foreach (var payment in invoice.PaymentInstructions)
            {
                html.Append("<li>").Append(E($"Means {payment.MeansCode} {payment.MeansText}"));
                if (payment.CreditTransfer is { } account)
                {
                    html.Append(" · account ").Append(E(account.AccountId)).Append(' ').Append(E(account.ServiceProviderId));
                }

                if (payment.Slip is { } slip)
                {
                    html.Append(" · slip ").Append(E($"+{slip.CardTypeCode}<{slip.PaymentReference}+{slip.CreditorAccount}<"));
                }

                if (payment.RemittanceInformation is { } remittance)
                {
                    html.Append(" · reference ").Append(E(remittance));
                }

                html.Append("</li>");
            }

            html.Append("</ul>");
        }

        if (invoice.SupportingDocuments.Count > 0)
        {
            html.Append("<h2>Attachments</h2><ol>");
            foreach (var document in invoice.SupportingDocuments)
            {
                html.Append("<li>").Append(E(document.Id)).Append(' ').Append(E(document.Description));
                if (document.Attachment is { } attachment)
                {
                    html.Append(" · ").Append(E(attachment.FileName)).Append(" (").Append(E(attachment.MimeCode)).Append(", ")
                        .Append(attachment.Content.Length.ToString(CultureInfo.InvariantCulture)).Append(" bytes)");
                }

                if (document.ExternalUri is { } uri)
                {
                    html.Append(" · ").Append(E(uri));
                }

                html.Append("</li>");
            }

            html.Append("</ol>");
        }

        foreach (var note in invoice.Notes)
        {
            html.Append("<p class=\"muted\">").Append(E(note.Text)).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static void PartyBlock(StringBuilder html, string role, Party party)
    {
        html.Append("<div><h2>").Append(role).Append("</h2><p><strong>").Append(E(party.Name ?? party.TradingName)).Append("</strong>");
        if (party.Address is { } address)
        {
            foreach (var line in new[] { address.Line1, address.Line2, $"{address.PostalCode} {address.City}".Trim(), address.CountryCode })
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    html.Append("<br>").Append(E(line));
                }
            }
        }

        if (party.VatId is { } vat)
        {
            html.Append("<br>VAT ").Append(E(vat.Value));
        }

        foreach (var id in party.Identifiers)
        {
            html.Append("<br>").Append(E(id.ToString()));
        }

        html.Append("</p></div>");
    }

    private static void Row(StringBuilder html, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            html.Append("<tr><th>").Append(label).Append("</th><td>").Append(E(value)).Append("</td></tr>");
        }
    }

    private static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
}
