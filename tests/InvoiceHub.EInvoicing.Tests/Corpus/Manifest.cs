using System.Text.Json;

namespace InvoiceHub.EInvoicing.Tests.Corpus;

/// <summary>The ground truth of ../shared/corpus/manifest.json, one JSON element per document.</summary>
public static class Manifest
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonElement>> _entriesByPath = new(Load);

    public static IReadOnlyDictionary<string, JsonElement> Entries => _entriesByPath.Value;

    /// <summary>Theory data: every manifest path (empty when the corpus is absent; the theory is skipped then).</summary>
    public static TheoryData<string> Paths()
    {
        var data = new TheoryData<string>();
        foreach (var path in Entries.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(path);
        }

        return data;
    }

    public static string? Text(this JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyDictionary<string, JsonElement> Load()
    {
        if (CorpusLocator.CorpusFolder is null)
        {
            return new Dictionary<string, JsonElement>();
        }

        using var stream = File.OpenRead(CorpusLocator.PathOf("manifest.json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => e.Clone())
            .ToDictionary(e => e.GetProperty("path").GetString()!, StringComparer.Ordinal);
    }
}
