using System.Buffers.Text;
using System.Globalization;
using System.Text;
using InvoiceHub.Invoices.Documents;

namespace InvoiceHub.Invoices.Archive.SearchArchive;

/// <summary>
/// The keyset cursor: the last row's sort key (as PostgreSQL text of the sort expression) and id. For the order of
/// arrival it is the bare id, as the document list always answered; for the other orders an opaque base64url token.
/// </summary>
internal readonly record struct ArchiveCursor(string? Key, Guid Id)
{
    // Rows without a date or amount sort as these (the same constants as the sort expressions and their indexes).
    public const string NoDate = "-infinity";
    public const string NoAmount = "-Infinity";

    public static ArchiveCursor After(Document last, ArchiveSort sort) => new(sort switch
    {
        ArchiveSort.Received => null,
        ArchiveSort.IssueDate => last.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? NoDate,
        ArchiveSort.Amount => last.TotalAmount?.ToString(CultureInfo.InvariantCulture) ?? NoAmount,
        ArchiveSort.Number => last.InvoiceNumber ?? "",
        ArchiveSort.InternalNumber => last.InternalNumber ?? "",
        _ => last.CounterpartyName ?? "",
    }, last.Id);

    public string Encode() => Key is null
        ? Id.ToString()
        : Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Id:N}{Key}"));

    public static bool TryDecode(string text, ArchiveSort sort, out ArchiveCursor cursor)
    {
        cursor = default;
        if (sort == ArchiveSort.Received)
        {
            if (!Guid.TryParse(text, out var id))
            {
                return false;
            }

            cursor = new ArchiveCursor(null, id);
            return true;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return false;
        }

        var decoded = Encoding.UTF8.GetString(bytes);
        if (decoded.Length < 32 || !Guid.TryParseExact(decoded[..32], "N", out var last))
        {
            return false;
        }

        var key = decoded[32..];
        var valid = sort switch
        {
            ArchiveSort.IssueDate => key == NoDate || DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            ArchiveSort.Amount => key == NoAmount || decimal.TryParse(key, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
            _ => true,
        };
        cursor = new ArchiveCursor(key, last);
        return valid;
    }
}
