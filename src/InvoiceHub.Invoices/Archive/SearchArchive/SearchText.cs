using System.Text;
using InvoiceHub.EInvoicing.Model;
using InvoiceHub.Invoices.Documents;

namespace InvoiceHub.Invoices.Archive.SearchArchive;

/// <summary>The words of a document that the archive's free-text search finds: party names of both sides and line texts.</summary>
internal static class SearchText
{
    public static string? From(Invoice invoice)
    {
        var text = new StringBuilder();
        Add(text, invoice.Seller.Name);
        Add(text, invoice.Seller.TradingName);
        Add(text, invoice.Buyer.Name);
        Add(text, invoice.Buyer.TradingName);
        AddLines(text, invoice.Lines);
        if (text.Length == 0)
        {
            return null;
        }

        // A document with thousands of lines must not make its row (and the index entry) unbounded: the first lines count.
        return text.Length <= Document.SearchTextLength ? text.ToString() : text.ToString(0, Document.SearchTextLength);
    }

    private static void AddLines(StringBuilder text, IEnumerable<InvoiceLine> lines)
    {
        foreach (var line in lines)
        {
            if (text.Length >= Document.SearchTextLength)
            {
                return;
            }

            Add(text, line.Item.Name);
            Add(text, line.Item.Description);
            Add(text, line.Note);
            AddLines(text, line.SubLines);
        }
    }

    private static void Add(StringBuilder text, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(value.Trim());
    }
}
