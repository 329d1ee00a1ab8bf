using InvoiceHub.EInvoicing.Reading;

namespace InvoiceHub.Cli.Parse;

/// <summary>One JSON Lines record of `parse --json` (the contract in docs/cli.md).</summary>
internal sealed record ParseLine(
    string File,
    string? Syntax,
    string? Profile,
    string? Error,
    IReadOnlyList<string> Warnings,
    InvoiceJson? Invoice)
{
    public static ParseLine From(string file, ReadResult result) =>
        new(
            file,
            result.Format?.SyntaxName,
            result.Format?.Profile,
            result.Error?.Message,
            [.. result.Warnings.Select(w => w.Message)],
            result.Invoice is null ? null : InvoiceJson.From(result.Invoice));
}
