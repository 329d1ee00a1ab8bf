using System.Globalization;
using System.Text.RegularExpressions;
using InvoiceHub.Ocr.Contracts;
using InvoiceHub.Ocr.Extraction.Checks;

namespace InvoiceHub.Ocr.Extraction;

/// <summary>
/// Finds the invoice fields in recognised rows: label on the row (or the row below) first, bare patterns with their
/// check digits second; amounts are chosen so that net + tax = gross where the page allows it. Pure: no Tesseract.
/// </summary>
internal static class FieldExtractor
{
    private const int SameRow = 3;
    private const int RowBelow = 2;
    private const int PatternOnly = 1;

    /// <summary>Confidence factor for a value whose check digit failed or whose amounts do not add up: kept, but marked low.</summary>
    private const float FailedCheck = 0.45f;

    /// <summary>Rows below a rate column's heading searched for its values: a page of item rows and descriptions.</summary>
    private const int RateColumnRows = 40;

    public static IReadOnlyDictionary<string, RecognizedField> Extract(IReadOnlyList<OcrPage> pages)
    {
        var lines = new List<TextLine>();
        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                lines.Add(new TextLine(page.Number, lines.Count, line));
            }
        }

        var fields = new Dictionary<string, RecognizedField>();
        var buyerRows = BuyerRows(lines);

        var invoiceNumber = Best(Labelled(lines, Labels.InvoiceNumber(), Labels.Reference(), m => IsReference(m.Value) && !IsWholeDate(m.Value) ? m.Value : null));
        Add(fields, InvoiceFieldNames.InvoiceNumber, invoiceNumber);
        Add(fields, InvoiceFieldNames.IssueDate, Best(IssueDates(lines, invoiceNumber)));
        Add(fields, InvoiceFieldNames.ServiceDate, Best(Labelled(lines, Labels.ServiceDate(), DateText.Pattern(), DateValue)));
        Add(fields, InvoiceFieldNames.DueDate, Best(Labelled(lines, Labels.DueDate(), DateText.Pattern(), DateValue)));
        AddAmounts(fields, lines);
        Add(fields, InvoiceFieldNames.Currency, Best(Currencies(lines)));
        Add(fields, InvoiceFieldNames.VatRates, VatRates(lines));
        Add(fields, InvoiceFieldNames.SellerVatId, Best(VatIds(lines, buyerRows)));
        Add(fields, InvoiceFieldNames.Iban, Best(Ibans(lines, buyerRows)));
        Add(fields, InvoiceFieldNames.Bic, Best(Bics(lines, buyerRows)));
        Add(fields, InvoiceFieldNames.Cvr, Best(Cvrs(lines, buyerRows)));
        Add(fields, InvoiceFieldNames.Fik, Best(Fiks(lines)));
        Add(fields, InvoiceFieldNames.OrderReference, Best(Labelled(lines, Labels.OrderReference(), Labels.Reference(), m => IsReference(m.Value) && !IsWholeDate(m.Value) ? m.Value : null)));
        return fields;
    }

    private static void Add(Dictionary<string, RecognizedField> fields, string name, Candidate? candidate)
    {
        if (candidate is not null)
        {
            fields[name] = candidate.ToField();
        }
    }

    private static Candidate? Best(IEnumerable<Candidate> candidates) =>
        candidates.OrderByDescending(c => c.Rank).ThenByDescending(c => c.Confidence > 30).ThenBy(c => c.Order).FirstOrDefault();

    private static bool IsWholeDate(string value) => DateText.Pattern().Match(value) is { Success: true } date && date.Length == value.Length;

    private static bool IsReference(string value) => value.Any(char.IsAsciiDigit) && value.Length <= 35;

    private static string? DateValue(Match match) => DateText.Parse(match)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Values after a label on its row (rank 3), else the first value on the row below starting under the label
    /// (rank 2); <paramref name="take"/> turns a value match into the field's text or rejects it.
    /// </summary>
    private static IEnumerable<Candidate> Labelled(IReadOnlyList<TextLine> lines, Regex label, Regex value, Func<Match, string?> take, bool last = false, Func<TextLine, Match, bool>? accept = null)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            foreach (Match labelMatch in label.Matches(line.Text))
            {
                if (accept is not null && !accept(line, labelMatch))
                {
                    continue;
                }

                var end = labelMatch.Index + labelMatch.Length;
                var found = FirstValue(line, value, end, take, last, SameRow);
                if (found is null && i + 1 < lines.Count && lines[i + 1].Page == line.Page)
                {
                    var below = lines[i + 1];
                    found = FirstValue(below, value, below.PositionAt(line.LeftOf(labelMatch.Index) - 40), take, last, RowBelow);
                }

                if (found is not null)
                {
                    yield return found;
                }
            }
        }
    }

    private static Candidate? FirstValue(TextLine line, Regex value, int from, Func<Match, string?> take, bool last, int rank)
    {
        Candidate? result = null;
        // Searched as its own text from the label's end, so a value glued to its label ("Nr.471102") is not taken
        // for the middle of a word by the value pattern's look-behind.
        var start = Math.Min(from, line.Text.Length);
        for (var match = value.Match(line.Text, start, line.Text.Length - start); match.Success; match = match.NextMatch())
        {
            if (take(match) is { } text && Candidate.From(line, match.Index, match.Length, text, rank) is { } candidate)
            {
                result = candidate;
                if (!last)
                {
                    break;
                }
            }
        }

        return result;
    }

    private static IEnumerable<Candidate> IssueDates(IReadOnlyList<TextLine> lines, Candidate? invoiceNumber)
    {
        foreach (var candidate in Labelled(lines, Labels.IssueDate(), DateText.Pattern(), DateValue, accept: (line, _) => !Labels.NotIssueDate().IsMatch(line.Text)))
        {
            yield return candidate;
        }

        // "Rechnung Nr. 471102 vom 15.11.2024" / "Invoice 123 of 15 Nov 2024": the date on the number's row.
        if (invoiceNumber is not null)
        {
            var line = lines.First(l => l.Page == invoiceNumber.Page && l.Index * 1000 <= invoiceNumber.Order && invoiceNumber.Order < (l.Index + 1) * 1000);
            var from = invoiceNumber.Order - (line.Index * 1000);
            if (FirstValue(line, DateText.Pattern(), from, DateValue, last: false, SameRow) is { } date)
            {
                yield return date;
            }
        }

        // A lone date near the top of the first page is usually the issue date.
        foreach (var line in lines.Where(l => l.Page == lines[0].Page).Take(25))
        {
            if (!Labels.NotIssueDate().IsMatch(line.Text) && FirstValue(line, DateText.Pattern(), 0, DateValue, last: false, PatternOnly) is { } date)
            {
                yield return date with { Confidence = date.Confidence * 0.6f };
            }
        }
    }

    private static void AddAmounts(Dictionary<string, RecognizedField> fields, IReadOnlyList<TextLine> lines)
    {
        static string? Amount(Match m) => AmountText.Parse(m.Value) is { } v ? AmountText.Format(v) : null;

        // A row is claimed by the first kind whose label it carries: "Rechnungssumme ohne USt." is net, not tax.
        var net = Labelled(lines, Labels.NetAmount(), AmountText.Pattern(), Amount, last: true).ToList();
        var netRows = net.Select(c => (c.Page, Row: c.Order / 1000)).ToHashSet();
        var gross = Labelled(lines, Labels.TotalAmount(), AmountText.Pattern(), Amount, last: true,
            accept: (line, _) => !netRows.Contains((line.Page, line.Index)))
            .Select(c => Labels.PayableAmount().IsMatch(lines[c.Order / 1000].Text) ? c with { Rank = c.Rank - 1 } : c).ToList();
        var grossRows = gross.Select(c => (c.Page, Row: c.Order / 1000)).ToHashSet();
        var tax = Labelled(lines, Labels.TaxAmount(), AmountText.Pattern(), Amount, last: true,
            accept: (line, _) => !netRows.Contains((line.Page, line.Index)) && !grossRows.Contains((line.Page, line.Index))).ToList();

        // The consistent triple with the strongest evidence wins; without one, each field on its own, marked low.
        var best = (from n in net
                    from t in tax
                    from g in gross
                    where decimal.Parse(n.Value, CultureInfo.InvariantCulture) + decimal.Parse(t.Value, CultureInfo.InvariantCulture) == decimal.Parse(g.Value, CultureInfo.InvariantCulture)
                    orderby n.Rank + t.Rank + g.Rank descending, g.Rank descending, g.Order descending
                    select (n, t, g)).FirstOrDefault();
        if (best.n is not null)
        {
            fields[InvoiceFieldNames.NetAmount] = best.n.ToField();
            fields[InvoiceFieldNames.TaxAmount] = best.t.ToField();
            fields[InvoiceFieldNames.TotalAmount] = best.g.ToField();
            return;
        }

        // Totals come last on an invoice: among equally ranked candidates the later one is the document's sum.
        Candidate? Last(List<Candidate> candidates) => candidates.OrderByDescending(c => c.Rank).ThenByDescending(c => c.Order).FirstOrDefault();
        var (netBest, taxBest, grossBest) = (Last(net), Last(tax), Last(gross));
        // Net equal to gross without a tax row is consistent too (tax-exempt invoices).
        var consistent = netBest is not null && grossBest is not null && taxBest is null && netBest.Value == grossBest.Value;
        foreach (var (name, candidate) in new[] { (InvoiceFieldNames.NetAmount, netBest), (InvoiceFieldNames.TaxAmount, taxBest), (InvoiceFieldNames.TotalAmount, grossBest) })
        {
            if (candidate is not null)
            {
                fields[name] = candidate.ToField(consistent ? 1 : FailedCheck);
            }
        }
    }

    private static IEnumerable<Candidate> Currencies(IReadOnlyList<TextLine> lines)
    {
        static string? Code(Match m) => m.Value switch
        {
            "€" => "EUR",
            "£" => "GBP",
            "kr." => "DKK",
            _ => m.Value,
        };

        foreach (var candidate in Labelled(lines, Labels.Currency(), Labels.CurrencyValue(), Code))
        {
            yield return candidate;
        }

        // Otherwise the code written most often (amount columns repeat it).
        var all = lines.SelectMany(line => Labels.CurrencyValue().Matches(line.Text)
            .Select(m => Candidate.From(line, m.Index, m.Length, Code(m)!, PatternOnly))).OfType<Candidate>().ToList();
        var common = all.GroupBy(c => c.Value).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (common is not null)
        {
            yield return common.First();
        }
    }

    private static Candidate? VatRates(IReadOnlyList<TextLine> lines)
    {
        var rates = new SortedDictionary<decimal, Candidate>();
        foreach (var line in lines.Where(l => Labels.TaxContext().IsMatch(l.Text) && !Labels.NotTaxRate().IsMatch(l.Text)))
        {
            foreach (Match match in Labels.Percentage().Matches(line.Text))
            {
                var rate = decimal.Parse(match.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
                if (rate <= 30 && !rates.ContainsKey(rate) && Candidate.From(line, match.Index, match.Length, string.Empty, SameRow) is { } candidate)
                {
                    rates[rate] = candidate;
                }
            }
        }

        foreach (var candidate in RateColumnValues(lines))
        {
            var rate = decimal.Parse(candidate.Value, CultureInfo.InvariantCulture);
            rates.TryAdd(rate, candidate);
        }

        if (rates.Count == 0)
        {
            return null;
        }

        var first = rates.Values.First();
        return first with
        {
            Value = string.Join(';', rates.Keys.Select(r => r.ToString("0.##", CultureInfo.InvariantCulture))),
            Confidence = rates.Values.Min(c => c.Confidence),
            Box = OcrBox.Union(rates.Values.Where(c => c.Page == first.Page).Select(c => c.Box)),
        };
    }

    /// <summary>
    /// Rates in a table column headed "Steuersatz" / "VAT rate" / "Momssats" (item rows and VAT breakdowns): the
    /// numbers in the rows below that sit under the heading, with or without a per cent sign.
    /// </summary>
    private static IEnumerable<Candidate> RateColumnValues(IReadOnlyList<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var header = lines[i];
            foreach (Match heading in Labels.TaxRateColumn().Matches(header.Text))
            {
                var column = OcrBox.Union(header.WordsIn(heading.Index, heading.Length).Select(w => w.Box));
                for (var j = i + 1; j < lines.Count && j <= i + RateColumnRows && lines[j].Page == header.Page; j++)
                {
                    if (Labels.NotTaxRate().IsMatch(lines[j].Text))
                    {
                        continue;
                    }

                    foreach (var word in lines[j].Words.Where(w => w.Box.Right > column.Left - 20 && w.Box.Left < column.Right + 20))
                    {
                        if (Labels.RateCell().Match(word.Text) is { Success: true } cell
                            && decimal.Parse(cell.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture) is var rate and <= 30)
                        {
                            yield return new Candidate(rate.ToString("0.##", CultureInfo.InvariantCulture), word.Confidence, header.Page, word.Box, SameRow, (lines[j].Index * 1000) + 999);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Rows under a buyer heading ("Käufer", "Bill to", "Køber") until a seller heading: their identifiers are not the seller's.</summary>
    private static HashSet<int> BuyerRows(IReadOnlyList<TextLine> lines)
    {
        var rows = new HashSet<int>();
        var inBuyer = false;
        var page = 0;
        foreach (var line in lines)
        {
            if (line.Page != page)
            {
                page = line.Page;
                inBuyer = false;
            }

            // Headings are short rows; "Bestellung Nr. Kunde: 2018-1" is a field, not a heading.
            if (line.Words.Count <= 3 && Labels.BuyerSection().IsMatch(line.Text))
            {
                inBuyer = true;
            }
            else if (line.Words.Count <= 3 && Labels.SellerSection().IsMatch(line.Text))
            {
                inBuyer = false;
            }

            if (inBuyer)
            {
                rows.Add(line.Index);
            }
        }

        return rows;
    }

    private static IEnumerable<Candidate> VatIds(IReadOnlyList<TextLine> lines, HashSet<int> buyerRows)
    {
        foreach (var line in lines)
        {
            var labelled = Labels.VatId().IsMatch(line.Text);
            foreach (Match match in Labels.VatIdValue().Matches(line.Text))
            {
                var compact = Compact(match.Value);
                var verdict = VatIdCheck.Judge(compact);
                if (verdict == VatIdCheck.Verdict.Invalid || IbanCheck.Read(compact) is { Valid: true })
                {
                    continue;
                }

                var rank = (labelled ? SameRow : PatternOnly) - (buyerRows.Contains(line.Index) ? 2 : 0) + (verdict == VatIdCheck.Verdict.Valid ? 1 : 0);
                var factor = verdict == VatIdCheck.Verdict.CheckDigitFailed ? FailedCheck : 1;
                if (Candidate.From(line, match.Index, match.Length, compact, rank, factor) is { } candidate)
                {
                    yield return candidate;
                }
            }
        }
    }

    private static IEnumerable<Candidate> Ibans(IReadOnlyList<TextLine> lines, HashSet<int> buyerRows)
    {
        foreach (var line in lines)
        {
            var labelled = line.Text.Contains("IBAN", StringComparison.OrdinalIgnoreCase);
            foreach (Match match in Labels.IbanValue().Matches(line.Text))
            {
                if (IbanCheck.Read(Compact(match.Value)) is not { } iban || (!iban.Valid && !labelled))
                {
                    continue;
                }

                // The matched text may run into the next word ("... 51 BIC"); the box covers only the IBAN's characters.
                var length = LengthCovering(match.Value, iban.Iban.Length);
                var rank = (labelled ? SameRow : PatternOnly) - (buyerRows.Contains(line.Index) || IsDirectDebitRow(line) ? 2 : 0);
                if (Candidate.From(line, match.Index, length, iban.Iban, rank, iban.Valid ? 1 : FailedCheck) is { } candidate)
                {
                    yield return candidate;
                }
            }
        }
    }

    private static bool IsDirectDebitRow(TextLine line) =>
        line.Text.Contains("lastschrift", StringComparison.OrdinalIgnoreCase) || line.Text.Contains("debit", StringComparison.OrdinalIgnoreCase)
        || line.Text.Contains("mandat", StringComparison.OrdinalIgnoreCase) || line.Text.Contains("käufer", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<Candidate> Bics(IReadOnlyList<TextLine> lines, HashSet<int> buyerRows)
    {
        foreach (var candidate in Labelled(lines, Labels.Bic(), Labels.BicValue(), m => BicCheck.IsValid(m.Value) ? m.Value : null))
        {
            yield return buyerRows.Contains(candidate.Order / 1000) ? candidate with { Rank = candidate.Rank - 2 } : candidate;
        }
    }

    private static IEnumerable<Candidate> Cvrs(IReadOnlyList<TextLine> lines, HashSet<int> buyerRows)
    {
        foreach (var candidate in Labelled(lines, Labels.Cvr(), Labels.CvrValue(), m => Compact(m.Groups[1].Value) is var digits && digits.Length == 8 ? digits : null))
        {
            var rank = candidate.Rank - (buyerRows.Contains(candidate.Order / 1000) ? 2 : 0);
            yield return CvrCheck.IsValid(candidate.Value)
                ? candidate with { Rank = rank }
                : candidate with { Rank = rank - 1, Confidence = candidate.Confidence * FailedCheck };
        }
    }

    private static IEnumerable<Candidate> Fiks(IReadOnlyList<TextLine> lines)
    {
        foreach (var line in lines)
        {
            foreach (Match match in Labels.Fik().Matches(line.Text))
            {
                var (type, id, creditor) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
                var value = $"+{type}<{id}+{creditor}<";
                if (Candidate.From(line, match.Index, match.Length, value, SameRow, FikCheck.PaymentIdIsValid(type, id) ? 1 : FailedCheck) is { } candidate)
                {
                    yield return candidate;
                }
            }
        }
    }

    private static string Compact(string value) =>
        new([.. value.Where(c => c is not (' ' or '.' or '-')).Select(char.ToUpperInvariant)]);

    /// <summary>Characters of <paramref name="text"/> (with spaces) needed to cover <paramref name="significant"/> non-space characters.</summary>
    private static int LengthCovering(string text, int significant)
    {
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' && ++seen == significant)
            {
                return i + 1;
            }
        }

        return text.Length;
    }
}
