using System.Text;

namespace InvoiceHub.EInvoicing.Tests.Hostile;

/// <summary>
/// A non-seekable stream that produces a huge XML document on the fly (prefix, then a repeated chunk),
/// counting how much the reader pulled, so a test can prove the body was never read whole.
/// </summary>
public sealed class GeneratedStream(string prefix, string repeated, long totalBytes) : Stream
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
    private readonly byte[] _repeated = Encoding.UTF8.GetBytes(repeated);

    public long BytesServed { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesServed;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && BytesServed < totalBytes)
        {
            byte next;
            if (BytesServed < _prefix.Length)
            {
                next = _prefix[BytesServed];
            }
            else
            {
                next = _repeated[(BytesServed - _prefix.Length) % _repeated.Length];
            }

            buffer[written++] = next;
            BytesServed++;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
