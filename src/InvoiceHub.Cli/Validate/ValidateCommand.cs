using System.Text.Encodings.Web;
using System.Text.Json;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.Cli.Validate;

/// <summary><c>invoicehub validate FILE... [--json] [--profile auto|en16931|xrechnung|peppol|oioubl] [--schemas DIR]</c>.</summary>
internal sealed class ValidateCommand : ICommand
{
    public string Name => "validate";

    public string Usage => "validate FILE... [--json] [--profile auto|en16931|xrechnung|peppol|oioubl] [--schemas DIR]   official EN 16931 / CIUS verdicts";

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var args = arguments;
        var files = new List<string>();
        var json = false;
        var profile = ValidationProfile.Auto;
        string? schemas = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--profile" when i + 1 < args.Count && Enum.TryParse<ValidationProfile>(args[i + 1], ignoreCase: true, out var parsed):
                    profile = parsed;
                    i++;
                    break;
                case "--schemas" when i + 1 < args.Count:
                    schemas = args[++i];
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        error.WriteLine($"validate: unknown option {args[i]}");
                        error.WriteLine($"usage: invoicehub {Usage}");
                        return ExitCodes.Usage;
                    }

                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            error.WriteLine("validate: no files given");
            error.WriteLine($"usage: invoicehub {Usage}");
            return ExitCodes.Usage;
        }

        var options = new ValidationOptions(schemas);
        var outcomes = new (DocumentValidation? Outcome, string? Error)[files.Count];

        // The rule sets and code lists are built once per process, on first use: here on another core while the first
        // documents are read, so that a run over one long invoice does not wait for them (docs/cli.md, "Speed").
        // The JSON writer and the console are set up there too (about 3 % of a run over one long invoice).
        var prepared = Task.Run(() =>
        {
            InvoiceValidator.Prepare();
            _ = Json(string.Empty, null, null, null);
            _ = output.Encoding;
        });
        Parallel.For(0, files.Count, i => outcomes[i] = ValidateFile(files[i], profile, options));
        prepared.Wait();

        var exit = ExitCodes.Success;
        for (var i = 0; i < files.Count; i++)
        {
            var (outcome, failure) = outcomes[i];
            failure ??= outcome?.Read.Error?.Message;
            var result = outcome?.Result;
            exit = Math.Max(exit, result is null ? 2 : result.IsValid ? ExitCodes.Success : ExitCodes.InputFailed);
            if (json)
            {
                output.WriteLine(Json(files[i], outcome, result, failure));
            }
            else
            {
                WriteText(output, files[i], result, failure);
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

    private static string Json(string file, DocumentValidation? outcome, ValidationResult? result, string? error)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
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

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteText(TextWriter output, string file, ValidationResult? result, string? error)
    {
        if (result is null)
        {
            output.WriteLine($"{file}: unreadable: {error}");
            return;
        }

        output.WriteLine($"{file}: {(result.IsValid ? "valid" : "INVALID")} ({result.Profile}, {result.RuleSet})");
        foreach (var finding in result.Findings)
        {
            output.WriteLine($"  {finding.Severity.ToString().ToLowerInvariant()} {finding.Rule} {finding.Location}: {finding.Message}");
        }
    }
}
