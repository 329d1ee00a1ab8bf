using System.Reflection;

namespace InvoiceHub.EInvoicing.Validation.CodeLists;

/// <summary>A code list loaded once from its embedded data file (one code a line, <c>#</c> comments).</summary>
internal sealed class CodeList
{
    private readonly HashSet<string> _codes;

    private CodeList(string name, HashSet<string> codes)
    {
        Name = name;
        _codes = codes;
    }

    public string Name { get; }

    public int Count => _codes.Count;

    /// <summary>The codes themselves, for the rare test on a list as text (UBL BR-CO-09).</summary>
    public IEnumerable<string> Values => _codes;

    /// <summary>True when the value, without surrounding whitespace, is one of the codes (codes never contain spaces).</summary>
    public bool Contains(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var trimmed = value.Trim();
        return trimmed.Length > 0 && !trimmed.Contains(' ', StringComparison.Ordinal) && _codes.Contains(trimmed);
    }

    public static CodeList Load(string name)
    {
        var assembly = typeof(CodeList).Assembly;
        using var stream = assembly.GetManifestResourceStream($"InvoiceHub.CodeLists.{name}.txt")
            ?? throw new InvalidOperationException($"Code list '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                codes.Add(line.Trim());
            }
        }

        return new CodeList(name, codes);
    }

    public static IEnumerable<string> Embedded() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith("InvoiceHub.CodeLists.", StringComparison.Ordinal))
            .Select(n => n["InvoiceHub.CodeLists.".Length..^".txt".Length]);
}
