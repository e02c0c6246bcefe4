using System.Text;

namespace Cordon.Screening.Text;

/// <summary>A decoder fallback that replaces invalid bytes with U+FFFD and counts them, so readers can report the lines they were on.</summary>
internal sealed class DecodingProblemCounter : DecoderFallback
{
    private long _count;

    /// <summary>Invalid byte sequences met so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <inheritdoc />
    public override int MaxCharCount => 1;

    /// <summary>The encoding with this counter as its decoder fallback.</summary>
    public Encoding Attach(Encoding encoding)
    {
        var copy = (Encoding)encoding.Clone();
        copy.DecoderFallback = this;
        return copy;
    }

    /// <inheritdoc />
    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(DecodingProblemCounter owner) : DecoderFallbackBuffer
    {
        private bool _pending;

        public override int Remaining => _pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            Interlocked.Increment(ref owner._count);
            _pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!_pending)
            {
                return '\0';
            }

            _pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious() => false;

        public override void Reset() => _pending = false;
    }
}
