namespace Cordon.Screening.Declarations;

/// <summary>A read-only view of a zip entry that fails once more than a set number of bytes come out of it, or once one XML tag
/// (from '&lt;' to its '&gt;', attribute values included) runs longer than <see cref="MaxTagBytes"/>: the XML parser would
/// otherwise hold a whole tag, however large, in memory.</summary>
internal sealed class BoundedEntryStream(Stream inner, string entryName, long maxBytes) : Stream
{
    /// <summary>Bytes one tag may span; real workbook tags are a few hundred.</summary>
    public const int MaxTagBytes = 1 << 16;

    private long _read;
    private bool _inTag;
    private byte _quote;
    private int _tagBytes;

    /// <summary>Bytes read so far (decompressed).</summary>
    public long BytesRead => _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        if (_read > maxBytes)
        {
            throw new InvalidDataException($"{entryName} decompresses to more than {maxBytes} bytes (a zip bomb?)");
        }

        foreach (var b in buffer[..n])
        {
            if (!_inTag)
            {
                if (b == (byte)'<')
                {
                    _inTag = true;
                    _tagBytes = 0;
                }

                continue;
            }

            if (++_tagBytes > MaxTagBytes)
            {
                throw new InvalidDataException($"{entryName} holds an XML tag longer than {MaxTagBytes} bytes");
            }

            if (_quote != 0)
            {
                _quote = b == _quote ? (byte)0 : _quote;
            }
            else if (b is (byte)'"' or (byte)'\'')
            {
                _quote = b;
            }
            else if (b == (byte)'>')
            {
                _inTag = false;
            }
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
