using InvoiceHub.Cli.Parse;
using InvoiceHub.EInvoicing.Writing;

namespace InvoiceHub.Cli.Convert;

/// <summary>`convert FILE --to ubl|cii [--output OUT]`: reads any supported format and writes UBL 2.1 or CII D16B.</summary>
internal sealed class ConvertCommand : ICommand
{
    public string Name => "convert";

    public string Usage => "convert FILE --to ubl|cii [--output OUT]   convert an e-invoice; writes to standard output without --output";

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        string? file = null;
        string? target = null;
        string? outputPath = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--to" when i + 1 < arguments.Count:
                    target = arguments[++i];
                    break;
                case "--output" or "-o" when i + 1 < arguments.Count:
                    outputPath = arguments[++i];
                    break;
                case var argument when !argument.StartsWith('-') && file is null:
                    file = argument;
                    break;
                default:
                    return UsageError(error, $"unexpected argument '{arguments[i]}'");
            }
        }

        if (file is null || target is not ("ubl" or "cii"))
        {
            return UsageError(error, file is null ? "no file given" : "--to must be ubl or cii");
        }

        var result = ParseCommand.ReadFile(file);
        if (result.Invoice is not { } invoice)
        {
            error.WriteLine($"{file}: {result.Error?.Message}");
            return ExitCodes.InputFailed;
        }

        var bytes = target == "ubl" ? InvoiceWriter.ToUbl(invoice) : InvoiceWriter.ToCii(invoice);
        if (outputPath is null)
        {
            output.Write(System.Text.Encoding.UTF8.GetString(bytes));
            output.WriteLine();
        }
        else
        {
            File.WriteAllBytes(outputPath, bytes);
        }

        return ExitCodes.Success;
    }

    private int UsageError(TextWriter error, string message)
    {
        error.WriteLine($"convert: {message}");
        error.WriteLine($"usage: invoicehub {Usage}");
        return ExitCodes.Usage;
    }
}
