namespace InvoiceHub.EInvoicing.Model;

/// <summary>An identifier with the scheme it belongs to (ISO 6523 ICD such as "0088", or OIOUBL "DK:CVR", "GLN").</summary>
public sealed record Identifier(string Value, string? SchemeId = null)
{
    public override string ToString() => SchemeId is null ? Value : $"{SchemeId}:{Value}";
}
