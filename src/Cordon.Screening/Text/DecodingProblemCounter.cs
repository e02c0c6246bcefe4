using System.Text;

namespace Cordon.Screening.Text;

/// <summary>A decoder fallback that replaces invalid bytes with U+FFFD and counts them, so readers can report the lines they were on.</summary>
internal sealed class DecodingProblemCounter : DecoderFallback
{
    private long _count;

    /// <summary>Invalid byte sequences met so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Counts one invalid byte sequence.</summary>
    internal void Add() => Interlocked.Increment(ref _count);

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
    public override DecoderFallbackBuffer CreateFallbackBuffer() => new CountingFallbackBuffer(this);
}
