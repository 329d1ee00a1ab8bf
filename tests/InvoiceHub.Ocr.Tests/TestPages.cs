using InvoiceHub.Ocr.Contracts;

namespace InvoiceHub.Ocr.Tests;

/// <summary>Builds recognised pages from text rows (words split at spaces, laid out left to right) for pure extraction tests.</summary>
internal static class TestPages
{
    public const int RowHeight = 40;

    public static OcrPage Page(params string[] rows) => Page(1, rows);

    public static OcrPage Page(int number, params string[] rows) =>
        new(number, 2480, 3508, OcrPageSource.Ocr, [.. rows.Select((row, i) => Row(row, 100 + (i * 60)))]);

    public static OcrLine Row(string text, int top, float confidence = 95)
    {
        var words = new List<OcrWord>();
        var left = 100;
        foreach (var part in text.Split(' '))
        {
            if (part.Length == 0)
            {
                // Extra spaces are a wider gap (a table column).
                left += 60;
                continue;
            }

            var width = part.Length * 20;
            words.Add(new OcrWord(part, confidence, new OcrBox(left, top, width, RowHeight)));
            left += width + 15;
        }

        return new OcrLine(words);
    }
}
