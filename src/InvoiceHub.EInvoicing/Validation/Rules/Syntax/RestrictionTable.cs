using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Syntax;

/// <summary>Loads a generated restriction table (id, severity, context, path) into rules.</summary>
internal static class RestrictionTable
{
    public static IReadOnlyList<Rule> Load(string name)
    {
        using var stream = typeof(RestrictionTable).Assembly.GetManifestResourceStream($"InvoiceHub.Syntax.{name}.tsv")
            ?? throw new InvalidOperationException($"Restriction table '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        var rules = new List<Rule>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            var severity = columns[1] == "fatal" ? Severity.Fatal : Severity.Warning;
            rules.Add(new ElementRestrictionRule(columns[0], severity, columns[2], columns[3]));
        }

        return rules;
    }
}
