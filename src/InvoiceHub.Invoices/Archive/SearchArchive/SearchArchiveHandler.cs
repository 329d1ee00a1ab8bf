using System.Globalization;
using System.Text;
using InvoiceHub.Invoices.Intake;
using InvoiceHub.Invoices.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace InvoiceHub.Invoices.Archive.SearchArchive;

/// <summary>
/// Searches one tenant's documents with keyset paging. The SQL is assembled here rather than by LINQ so that each
/// filter and order is written exactly as the expression its index was built on (docs/archive-search.md): a sort key
/// spelled differently would silently fall back to sorting the whole table.
/// </summary>
internal sealed class SearchArchiveHandler(InvoicesDbContext db)
{
    /// <summary>The SQL of each order; the migration <c>ArchiveSearch</c> indexes (tenant_id, key, id) for each but Number and Party.</summary>
    private static string SortKey(ArchiveSort sort) => sort switch
    {
        ArchiveSort.Received => "d.id",
        ArchiveSort.IssueDate => $"COALESCE(d.issue_date, '{ArchiveCursor.NoDate}'::date)",
        ArchiveSort.Amount => $"COALESCE(d.total_amount, '{ArchiveCursor.NoAmount}'::numeric)",
        ArchiveSort.Number => "COALESCE(d.invoice_number, '')",
        ArchiveSort.InternalNumber => "COALESCE(d.internal_number, '')",
        _ => "COALESCE(d.counterparty_name, '')",
    };

    private static string CursorType(ArchiveSort sort) => sort switch
    {
        ArchiveSort.IssueDate => "date",
        ArchiveSort.Amount => "numeric",
        _ => "text",
    };

    public async Task<ArchiveSearchResult> HandleAsync(ArchiveSearch search, CancellationToken cancellationToken)
    {
        var errors = Validate(search, out var cursor, out var textQuery);
        if (errors.Count > 0)
        {
            return new ArchiveSearchResult(null, errors);
        }

        var limit = Math.Clamp(search.Limit, 1, ArchiveSearch.MaxLimit);
        var sql = new StringBuilder("SELECT d.* FROM invoices.documents d WHERE d.tenant_id = @tenant");
        var parameters = new List<NpgsqlParameter> { new NpgsqlParameter<Guid>("tenant", search.TenantId) };

        void Where(string condition, params NpgsqlParameter[] values)
        {
            sql.Append(" AND ").Append(condition);
            parameters.AddRange(values);
        }

        if (search.Status is { } status)
        {
            Where("d.status = @status", new NpgsqlParameter<string>("status", status.ToString()));
        }

        if (search.Direction is { } direction)
        {
            Where("d.direction = @direction", new NpgsqlParameter<string>("direction", direction.ToString()));
        }

        if (search.PaymentStatus is { } paymentStatus)
        {
            Where("d.payment_status = @payment_status", new NpgsqlParameter<string>("payment_status", paymentStatus.ToString()));
        }

        if (search.Source is { } source)
        {
            Where($"({RecognitionSources.SqlCondition(source)})");
        }

        if (!string.IsNullOrWhiteSpace(search.Number))
        {
            var number = search.Number.Trim();
            // Either number: the invoice number normalised as at intake (its own index), or our internal number as written.
            Where("(d.number_key = @number_key OR d.internal_number = @internal_number)",
                new NpgsqlParameter<string>("number_key", DocumentFacts.NormaliseNumber(number) ?? number),
                new NpgsqlParameter<string>("internal_number", number));
        }

        if (!string.IsNullOrWhiteSpace(search.Party))
        {
            var party = search.Party.Trim();
            if (Guid.TryParse(party, out var partyId))
            {
                Where("d.party_id = @party_id", new NpgsqlParameter<Guid>("party_id", partyId));
            }
            else
            {
                Where("(d.party_account_number = @party OR d.counterparty_name ILIKE @party_like)",
                    new NpgsqlParameter<string>("party", party),
                    new NpgsqlParameter<string>("party_like", $"%{EscapeLike(party)}%"));
            }
        }

        // Ranges are written on the same expressions as the sort keys, so one index serves the range and the order.
        if (search.From is { } from)
        {
            Where($"{SortKey(ArchiveSort.IssueDate)} >= @from", new NpgsqlParameter<DateOnly>("from", from) { NpgsqlDbType = NpgsqlDbType.Date });
        }

        if (search.To is { } to)
        {
            Where($"{SortKey(ArchiveSort.IssueDate)} <= @to AND d.issue_date IS NOT NULL", new NpgsqlParameter<DateOnly>("to", to) { NpgsqlDbType = NpgsqlDbType.Date });
        }

        if (search.Min is { } min)
        {
            Where($"{SortKey(ArchiveSort.Amount)} >= @min", new NpgsqlParameter<decimal>("min", min));
        }

        if (search.Max is { } max)
        {
            Where($"{SortKey(ArchiveSort.Amount)} <= @max AND d.total_amount IS NOT NULL", new NpgsqlParameter<decimal>("max", max));
        }

        if (search.Since is { } since)
        {
            Where("d.received_at >= @since", new NpgsqlParameter<DateTimeOffset>("since", since));
        }

        if (textQuery is not null)
        {
            Where("d.search_vector @@ to_tsquery('simple', @text)", new NpgsqlParameter<string>("text", textQuery));
        }

        var key = SortKey(search.Sort);
        var order = search.Descending ? "DESC" : "ASC";
        if (cursor is { } after)
        {
            var comparison = search.Descending ? "<" : ">";
            if (after.Key is null)
            {
                Where($"d.id {comparison} @after_id", new NpgsqlParameter<Guid>("after_id", after.Id));
            }
            else
            {
                Where($"({key}, d.id) {comparison} (CAST(@after_key AS {CursorType(search.Sort)}), @after_id)",
                    new NpgsqlParameter<string>("after_key", after.Key), new NpgsqlParameter<Guid>("after_id", after.Id));
            }
        }

        sql.Append(search.Sort == ArchiveSort.Received ? $" ORDER BY d.id {order}" : $" ORDER BY {key} {order}, d.id {order}");
        sql.Append(CultureInfo.InvariantCulture, $" LIMIT {limit + 1}");

        var rows = await db.Documents.FromSqlRaw(sql.ToString(), [.. parameters]).AsNoTracking().ToListAsync(cancellationToken);
        var page = rows.Count > limit
            ? new ArchivePage(rows[..limit], ArchiveCursor.After(rows[limit - 1], search.Sort).Encode())
            : new ArchivePage(rows, null);
        return new ArchiveSearchResult(page, new Dictionary<string, string>());
    }

    /// <summary>
    /// The free text as a prefix query: every word (letters and digits) must occur, each as the start of a word, so
    /// "müll schraub" finds "Müller GmbH" with a line "Schrauben". Nothing of the input reaches tsquery syntax.
    /// </summary>
    internal static string? TextQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add($"{word}:*");
                word.Clear();
            }
        }

        return words.Count == 0 ? null : string.Join(" & ", words.Distinct().Take(16));
    }

    private static Dictionary<string, string> Validate(ArchiveSearch search, out ArchiveCursor? cursor, out string? textQuery)
    {
        var errors = new Dictionary<string, string>();
        cursor = null;
        textQuery = TextQuery(search.Text);
        foreach (var (name, value) in new[] { ("q", search.Text), ("number", search.Number), ("party", search.Party) })
        {
            if (value?.Length > ArchiveSearch.MaxTextLength)
            {
                errors[name] = $"At most {ArchiveSearch.MaxTextLength} characters.";
            }
        }

        if (search.Text is { Length: > 0 } && textQuery is null && !errors.ContainsKey("q"))
        {
            errors["q"] = "Enter at least one word of letters or digits.";
        }

        if (search.From > search.To)
        {
            errors["to"] = "The end date is before the start date.";
        }

        if (search.Min > search.Max)
        {
            errors["max"] = "The largest amount is below the smallest.";
        }

        if (search.After is { Length: > 0 } after)
        {
            if (ArchiveCursor.TryDecode(after, search.Sort, out var decoded))
            {
                cursor = decoded;
            }
            else
            {
                errors["after"] = "Not a cursor of this search's order; start again from the first page.";
            }
        }

        return errors;
    }

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
