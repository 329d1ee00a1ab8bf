using System.Buffers.Binary;

namespace InvoiceHub.Ocr.Input;

/// <summary>
/// Reads the page sizes of a (multi-page) TIFF from its image file directories without decoding any pixels, so a
/// huge or endless file is refused before libtiff allocates for it.
/// </summary>
internal static class TiffDirectory
{
    private const ushort ImageWidthTag = 256;
    private const ushort ImageLengthTag = 257;

    /// <summary>
    /// Each page's size and directory offset (what leptonica's multi-page reader takes), at most
    /// <paramref name="maxPages"/> + 1 of them; null when the structure is broken.
    /// </summary>
    public static IReadOnlyList<(long Width, long Height, long Offset)>? Read(ReadOnlySpan<byte> data, int maxPages)
    {
        if (data.Length < 8)
        {
            return null;
        }

        var little = data[0] == 'I';
        var pages = new List<(long, long, long)>();
        var seen = new HashSet<long>();
        long offset = ReadUInt32(data, 4, little);
        while (offset != 0 && pages.Count <= maxPages)
        {
            // A directory chain that loops back would never end.
            if (offset + 2 > data.Length || !seen.Add(offset))
            {
                return null;
            }

            int count = ReadUInt16(data, (int)offset, little);
            var entries = (int)offset + 2;
            if (entries + (count * 12L) + 4 > data.Length)
            {
                return null;
            }

            long width = 0, height = 0;
            for (var i = 0; i < count; i++)
            {
                var entry = entries + (i * 12);
                var tag = ReadUInt16(data, entry, little);
                if (tag is ImageWidthTag or ImageLengthTag)
                {
                    var type = ReadUInt16(data, entry + 2, little);
                    // SHORT (3) values sit in the first two bytes of the value field, LONG (4) in all four.
                    long value = type == 3 ? ReadUInt16(data, entry + 8, little) : ReadUInt32(data, entry + 8, little);
                    if (tag == ImageWidthTag)
                    {
                        width = value;
                    }
                    else
                    {
                        height = value;
                    }
                }
            }

            pages.Add((width, height, offset));
            offset = ReadUInt32(data, entries + (count * 12), little);
        }

        return pages;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> data, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(data[at..]) : BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static uint ReadUInt32(ReadOnlySpan<byte> data, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(data[at..]) : BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
}
