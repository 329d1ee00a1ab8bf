using InvoiceHub.Ocr.Contracts;

namespace InvoiceHub.Ocr.Extraction;

/// <summary>A possible value of a field: the higher the rank, the more specific the evidence (label on the same row beats a bare pattern).</summary>
internal sealed record Candidate(string Value, float Confidence, int Page, OcrBox Box, int Rank, int Order)
{
    public RecognizedField ToField(float factor = 1) => new(Value, Math.Clamp(Confidence * factor, 0, 100), Page, Box);

    public static Candidate? From(TextLine line, int start, int length, string value, int rank, float factor = 1)
    {
        var words = line.WordsIn(start, length).ToList();
        return words.Count == 0
            ? null
            : new Candidate(value, words.Min(w => w.Confidence) * factor, line.Page, OcrBox.Union(words.Select(w => w.Box)), rank, (line.Index * 1000) + start);
    }
}
