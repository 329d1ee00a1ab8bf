using InvoiceHub.Ocr.Native;

namespace InvoiceHub.Ocr.Engine;

/// <summary>Owns one leptonica image; every transformation gives a new one and the caller disposes both.</summary>
internal sealed class Pix : IDisposable
{
    private nint _handle;

    private Pix(nint handle) => _handle = handle;

    public nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(Pix));

    public int Width => LeptonicaNative.pixGetWidth(Handle);

    public int Height => LeptonicaNative.pixGetHeight(Handle);

    public int Depth => LeptonicaNative.pixGetDepth(Handle);

    public int Resolution => LeptonicaNative.pixGetXRes(Handle);

    /// <summary>Wraps a handle leptonica returned; null (0) when the call failed.</summary>
    public static Pix? From(nint handle) => handle == 0 ? null : new Pix(handle);

    public static unsafe Pix? Decode(ReadOnlySpan<byte> data)
    {
        fixed (byte* pointer = data)
        {
            return From(LeptonicaNative.pixReadMem(pointer, (nuint)data.Length));
        }
    }

    /// <summary>One page of a multi-page TIFF: the first at offset 0, the others at their directory's offset.</summary>
    public static unsafe Pix? DecodeTiffPage(ReadOnlySpan<byte> data, long offset)
    {
        var position = (nuint)offset;
        fixed (byte* pointer = data)
        {
            return From(LeptonicaNative.pixReadMemFromMultipageTiff(pointer, (nuint)data.Length, ref position));
        }
    }

    /// <summary>The image as PNG bytes (a fresh encoding: nothing of the input file but its pixels survives).</summary>
    public byte[] EncodePng()
    {
        if (LeptonicaNative.pixWriteMem(out var data, out var size, Handle, LeptonicaNative.FormatPng) != 0 || data == 0)
        {
            throw new InvalidOperationException("leptonica could not encode the image as PNG");
        }

        try
        {
            var bytes = new byte[(int)size];
            System.Runtime.InteropServices.Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            LeptonicaNative.lept_free(data);
        }
    }

    /// <summary>Applies a leptonica function that returns a new image; this one stays owned by the caller.</summary>
    public Pix Transform(Func<nint, nint> operation, string what) =>
        From(operation(Handle)) ?? throw new InvalidOperationException($"leptonica could not {what} the image");

    public bool IsBlank()
    {
        using var binary = Transform(h => LeptonicaNative.pixConvertTo1(h, 128), "binarise");
        LeptonicaNative.pixZero(binary.Handle, out var empty);
        return empty != 0;
    }

    public void Dispose()
    {
        if (_handle != 0)
        {
            LeptonicaNative.pixDestroy(ref _handle);
            _handle = 0;
        }
    }
}
