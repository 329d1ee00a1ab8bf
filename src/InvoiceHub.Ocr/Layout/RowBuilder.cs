using InvoiceHub.Ocr.Contracts;

namespace InvoiceHub.Ocr.Layout;

/// <summary>
/// Groups words into visual rows by vertical overlap. Tesseract's own lines follow its text blocks, so in a table
/// the label "Bruttosumme" and its amount land in different blocks; on one row they stay together.
/// </summary>
internal static class RowBuilder
{
    public static IReadOnlyList<OcrLine> Build(IEnumerable<OcrWord> words)
    {
        var rows = new List<Row>();
        foreach (var word in words.OrderBy(w => w.Box.Top + (w.Box.Height / 2.0)))
        {
            var center = word.Box.Top + (word.Box.Height / 2.0);
            Row? best = null;
            var bestDistance = double.MaxValue;
            // Only the most recent rows can still take a word: the words come sorted top to bottom.
            for (var i = rows.Count - 1; i >= 0 && i >= rows.Count - 4; i--)
            {
                var row = rows[i];
                var distance = Math.Abs(center - row.Center);
                if (distance < 0.5 * Math.Max(row.Height, Math.Min(word.Box.Height, 2 * row.Height)) && distance < bestDistance)
                {
                    best = row;
                    bestDistance = distance;
                }
            }

            if (best is null)
            {
                best = new Row();
                rows.Add(best);
            }

            best.Add(word);
        }

        return [.. rows.Where(r => r.Words.Count > 0)
            .OrderBy(r => r.Top)
            .Select(r => new OcrLine([.. r.Words.OrderBy(w => w.Box.Left)]))];
    }

    private sealed class Row
    {
        private double _centerSum;
        private double _heightSum;

        public List<OcrWord> Words { get; } = [];

        public double Center => _centerSum / Words.Count;

        public double Height => _heightSum / Words.Count;

        public int Top => Words.Min(w => w.Box.Top);

        public void Add(OcrWord word)
        {
            Words.Add(word);
            _centerSum += word.Box.Top + (word.Box.Height / 2.0);
            _heightSum += word.Box.Height;
        }
    }
}
