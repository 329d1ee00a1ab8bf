using System.Text;
using System.Xml;
using InvoiceHub.EInvoicing.Model;

namespace InvoiceHub.EInvoicing.Writing;

/// <summary>Writes the model as UBL 2.1 or CII D16B (conversion, and round-trip tests of the readers).</summary>
public static class InvoiceWriter
{
    private static readonly XmlWriterSettings _settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        CloseOutput = false,
    };

    public static void WriteUbl(Invoice invoice, Stream output)
    {
        using var writer = XmlWriter.Create(output, _settings);
        UblInvoiceWriter.Write(invoice, writer);
    }

    public static void WriteCii(Invoice invoice, Stream output)
    {
        using var writer = XmlWriter.Create(output, _settings);
        CiiInvoiceWriter.Write(invoice, writer);
    }

    public static byte[] ToUbl(Invoice invoice)
    {
        using var output = new MemoryStream();
        WriteUbl(invoice, output);
        return output.ToArray();
    }

    public static byte[] ToCii(Invoice invoice)
    {
        using var output = new MemoryStream();
        WriteCii(invoice, output);
        return output.ToArray();
    }
}
