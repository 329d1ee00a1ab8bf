namespace InvoiceHub.EInvoicing.Model;

/// <summary>An embedded attachment (BT-125), base64-decoded, with mime code (BT-125-1) and file name (BT-125-2).</summary>
public sealed record BinaryObject(ReadOnlyMemory<byte> Content, string? MimeCode, string? FileName)
{
    // ReadOnlyMemory compares by reference; attachments must compare by content for round trips.
    public bool Equals(BinaryObject? other) =>
        other is not null
        && MimeCode == other.MimeCode
        && FileName == other.FileName
        && Content.Span.SequenceEqual(other.Content.Span);

    public override int GetHashCode() => HashCode.Combine(MimeCode, FileName, Content.Length);

    public override string ToString() => $"{FileName} ({MimeCode}, {Content.Length} bytes)";
}
