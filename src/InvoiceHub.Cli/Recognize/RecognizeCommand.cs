using System.Text.Encodings.Web;
using System.Text.Json;
using InvoiceHub.Ocr;
using InvoiceHub.Ocr.Contracts;

namespace InvoiceHub.Cli.Recognize;

/// <summary><c>invoicehub recognize FILE... [--json] [--lang deu+eng+dan]</c>: OCR and field extraction for scans and PDFs without XML.</summary>
internal sealed class RecognizeCommand : ICommand
{
    public string Name => "recognize";

    public string Usage => "recognize FILE... [--json] [--lang deu+eng+dan]   OCR a scan / image / PDF and extract the invoice fields";

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var files = new List<string>();
        var json = false;
        var options = new OcrOptions();
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--lang" when i + 1 < arguments.Count && IsLanguageList(arguments[i + 1]):
                    options = options with { Languages = arguments[++i] };
                    break;
                default:
                    if (arguments[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        error.WriteLine($"recognize: unknown option or missing value {arguments[i]}");
                        error.WriteLine($"usage: invoicehub {Usage}");
                        return ExitCodes.Usage;
                    }

                    files.Add(arguments[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            error.WriteLine("recognize: no files given");
            error.WriteLine($"usage: invoicehub {Usage}");
            return ExitCodes.Usage;
        }

        using var recognizer = OcrSetup.CreateRecognizer(options);
        var exit = ExitCodes.Success;
        foreach (var file in files)
        {
            // Files one after another; the pages of each use all engines, so both cores stay busy on multi-page files.
            var document = Recognize(recognizer, file);
            if (!document.Succeeded)
            {
                exit = ExitCodes.Usage;
            }

            if (json)
            {
                output.WriteLine(Json(file, document));
            }
            else
            {
                WriteText(output, file, document);
            }
        }

        return exit;
    }

    private static bool IsLanguageList(string value) =>
        value.Length > 0 && value.Split('+').All(l => l.Length is >= 3 and <= 20 && l.All(c => char.IsAsciiLetterLower(c) || c == '_'));

    private static OcrDocument Recognize(IDocumentRecognizer recognizer, string file)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                return OcrDocument.Failed("file not found");
            }

            return recognizer.RecognizeAsync(File.ReadAllBytes(file), CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (IOException ex)
        {
            return OcrDocument.Failed(ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return OcrDocument.Failed(ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            // Tesseract missing or a language without traineddata: reported per file like any unreadable input.
            return OcrDocument.Failed(ex.Message);
        }
    }

    private static void WriteText(TextWriter output, string file, OcrDocument document)
    {
        if (!document.Succeeded)
        {
            output.WriteLine($"{file}: ERROR {document.Error}");
            return;
        }

        output.WriteLine($"{file}: {document.Pages.Count} page(s)");
        foreach (var name in InvoiceFieldNames.All)
        {
            if (document.Fields.TryGetValue(name, out var field))
            {
                output.WriteLine($"  {name,-15} {field.Value}  ({field.Confidence:0}%, page {field.Page})");
            }
        }
    }

    internal static string Json(string file, OcrDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            writer.WriteNumber("pages", document.Pages.Count);
            writer.WriteStartObject("fields");
            foreach (var name in InvoiceFieldNames.All)
            {
                if (document.Fields.TryGetValue(name, out var field))
                {
                    writer.WriteStartObject(name);
                    writer.WriteString("value", field.Value);
                    writer.WriteNumber("confidence", Math.Round(field.Confidence, 1));
                    writer.WriteNumber("page", field.Page);
                    writer.WriteStartObject("box");
                    writer.WriteNumber("left", field.Box.Left);
                    writer.WriteNumber("top", field.Box.Top);
                    writer.WriteNumber("width", field.Box.Width);
                    writer.WriteNumber("height", field.Box.Height);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndObject();
            writer.WriteString("text", document.Text);
            writer.WriteString("error", document.Error);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
