namespace InvoiceHub.Ocr.Contracts;

/// <summary>What recognising one file gave: its pages, the fields found (by <see cref="InvoiceFieldNames"/>), and an error when the file could not be read.</summary>
public sealed record OcrDocument(IReadOnlyList<OcrPage> Pages, IReadOnlyDictionary<string, RecognizedField> Fields, string? Error)
{
    public string Text => string.Join("\n\f\n", Pages.Select(p => p.Text));

    public bool Succeeded => Error is null;

    public static OcrDocument Failed(string error) => new([], new Dictionary<string, RecognizedField>(), error);
}
