using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Xml;

namespace InvoiceHub.EInvoicing.Reading;

/// <summary>Decodes an embedded binary object (BT-125), warning instead of failing on bad base64.</summary>
internal static class Base64Attachment
{
    public static BinaryObject? Decode(XmlNode node, ReadContext context)
    {
        var text = node.Text ?? string.Empty;
        var buffer = new byte[(text.Length * 3 / 4) + 3];

        // Convert.TryFromBase64String skips the whitespace that line-wrapped base64 contains.
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            context.Warn(node, "attachment is not valid base64; attachment skipped");
            return null;
        }

        return new BinaryObject(buffer.AsMemory(0, written), node.AttributeValue("mimeCode"), node.AttributeValue("filename"));
    }
}
