namespace InvoiceHub.Ocr.Contracts;

/// <summary>The words of one visual row of a page, left to right (labels and their values in table layouts share a row).</summary>
public sealed record OcrLine(IReadOnlyList<OcrWord> Words)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));

    public OcrBox Box => OcrBox.Union(Words.Select(w => w.Box));
}
