using InvoiceHub.Ocr.Contracts;

namespace InvoiceHub.Ocr.Extraction;

/// <summary>A row's text with the character range of each word, so a regex match maps back to words, box and confidence.</summary>
internal sealed class TextLine
{
    private readonly int[] _starts;

    public TextLine(int page, int index, OcrLine line)
    {
        Page = page;
        Index = index;
        Words = line.Words;
        _starts = new int[line.Words.Count];
        var position = 0;
        for (var i = 0; i < line.Words.Count; i++)
        {
            _starts[i] = position;
            position += line.Words[i].Text.Length + 1;
        }

        Text = line.Text;
    }

    public int Page { get; }

    /// <summary>Position of the row in the document (pages in order), for "the next row" and reading order.</summary>
    public int Index { get; }

    public string Text { get; }

    public IReadOnlyList<OcrWord> Words { get; }

    public IEnumerable<OcrWord> WordsIn(int start, int length)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            var wordStart = _starts[i];
            var wordEnd = wordStart + Words[i].Text.Length;
            if (wordEnd > start && wordStart < start + length)
            {
                yield return Words[i];
            }
        }
    }

    /// <summary>Character position where the words at or right of <paramref name="left"/> pixels begin.</summary>
    public int PositionAt(int left)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (Words[i].Box.Right > left)
            {
                return _starts[i];
            }
        }

        return Text.Length;
    }

    public int LeftOf(int position)
    {
        for (var i = Words.Count - 1; i >= 0; i--)
        {
            if (_starts[i] <= position)
            {
                return Words[i].Box.Left;
            }
        }

        return 0;
    }
}
