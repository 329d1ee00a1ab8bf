using System.Text;

namespace InvoiceHub.EInvoicing.Tests;

/// <summary>Writes a minimal one-page PDF, optionally with one embedded file (as ZUGFeRD / Factur-X do).</summary>
public static class TestPdf
{
    public static byte[] Create(string? embeddedFileName = null, byte[]? embeddedContent = null)
    {
        var objects = new List<byte[]>();
        var names = embeddedFileName is null ? string.Empty : $" /Names << /EmbeddedFiles << /Names [({embeddedFileName}) 5 0 R] >> >>";
        objects.Add(Ascii($"<< /Type /Catalog /Pages 2 0 R{names} >>"));
        objects.Add(Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.Add(Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << >> >>"));
        objects.Add(Stream(string.Empty, Ascii("0 0 1 rg 20 20 160 160 re f")));
        if (embeddedFileName is not null)
        {
            objects.Add(Ascii($"<< /Type /Filespec /F ({embeddedFileName}) /UF ({embeddedFileName}) /AFRelationship /Alternative /EF << /F 6 0 R >> >>"));
            objects.Add(Stream(" /Type /EmbeddedFile /Subtype /text#2Fxml", embeddedContent ?? []));
        }

        using var pdf = new MemoryStream();
        Write(pdf, Ascii("%PDF-1.7\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, Ascii($"{i + 1} 0 obj\n"));
            Write(pdf, objects[i]);
            Write(pdf, Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        var table = new StringBuilder();
        table.Append(FormattableString.Invariant($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            table.Append(FormattableString.Invariant($"{offset:D10} 00000 n \n"));
        }

        table.Append(FormattableString.Invariant($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        Write(pdf, Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Stream(string dictionaryEntries, byte[] content) =>
        [.. Ascii(FormattableString.Invariant($"<< /Length {content.Length}{dictionaryEntries} >>\nstream\n")), .. content, .. Ascii("\nendstream")];

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static void Write(Stream stream, byte[] bytes) => stream.Write(bytes);
}
