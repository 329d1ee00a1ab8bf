using System.Text.Encodings.Web;
using System.Text.Json;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.Cli;

/// <summary><c>invoicehub validate FILE... [--json] [--profile auto|en16931|xrechnung|peppol|oioubl] [--schemas DIR]</c>.</summary>
internal static class ValidateCommand
{
    public static int Run(string[] args)
    {
        var files = new List<string>();
        var json = false;
        var profile = ValidationProfile.Auto;
        string? schemas = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--profile" when i + 1 < args.Length && Enum.TryParse<ValidationProfile>(args[i + 1], ignoreCase: true, out var parsed):
                    profile = parsed;
                    i++;
                    break;
                case "--schemas" when i + 1 < args.Length:
                    schemas = args[++i];
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        Console.Error.WriteLine("usage: invoicehub validate FILE... [--json] [--profile auto|en16931|xrechnung|peppol|oioubl] [--schemas DIR]");
                        return 2;
                    }

                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            Console.Error.WriteLine("usage: invoicehub validate FILE... [--json] [--profile auto|en16931|xrechnung|peppol|oioubl] [--schemas DIR]");
            return 2;
        }

        var options = new ValidationOptions(schemas);
        var outcomes = new (DocumentValidation? Outcome, string? Error)[files.Count];
        Parallel.For(0, files.Count, i => outcomes[i] = ValidateFile(files[i], profile, options));

        var exit = 0;
        using var stdout = Console.OpenStandardOutput();
        for (var i = 0; i < files.Count; i++)
        {
            var (outcome, error) = outcomes[i];
            error ??= outcome?.Read.Error?.Message;
            var result = outcome?.Result;
            exit = Math.Max(exit, result is null ? 2 : result.IsValid ? 0 : 1);
            if (json)
            {
                WriteJson(stdout, files[i], outcome, result, error);
            }
            else
            {
                WriteText(files[i], result, error);
            }
        }

        return exit;
    }

    private static (DocumentValidation?, string?) ValidateFile(string file, ValidationProfile profile, ValidationOptions options)
    {
        try
        {
            return (InvoiceValidator.Validate(File.ReadAllBytes(file), profile, options), null);
        }
        catch (IOException ex)
        {
            return (null, ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return (null, ex.Message);
        }
    }

    private static void WriteJson(Stream stdout, string file, DocumentValidation? outcome, ValidationResult? result, string? error)
    {
        using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            writer.WriteString("syntax", outcome?.Read.Format?.SyntaxName);
            writer.WriteString("profile", result?.Profile);
            writer.WriteBoolean("valid", result?.IsValid ?? false);
            writer.WriteString("ruleSet", result?.RuleSet);
            writer.WriteStartArray("findings");
            foreach (var finding in result?.Findings ?? [])
            {
                writer.WriteStartObject();
                writer.WriteString("rule", finding.Rule);
                writer.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                writer.WriteString("message", finding.Message);
                writer.WriteString("location", finding.Location);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("error", result is null ? error ?? "unreadable" : null);
            writer.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    private static void WriteText(string file, ValidationResult? result, string? error)
    {
        if (result is null)
        {
            Console.WriteLine($"{file}: unreadable: {error}");
            return;
        }

        Console.WriteLine($"{file}: {(result.IsValid ? "valid" : "INVALID")} ({result.Profile}, {result.RuleSet})");
        foreach (var finding in result.Findings)
        {
            Console.WriteLine($"  {finding.Severity.ToString().ToLowerInvariant()} {finding.Rule} {finding.Location}: {finding.Message}");
        }
    }
}
