using System.Text;

namespace Cordon.Screening.Text;

/// <summary>Decodes a byte stream chunk by chunk, counting invalid sequences, non-ASCII and Chinese characters.</summary>
internal sealed class DecodingTally
{
    /// <summary>Bytes read at a time.</summary>
    public const int ChunkBytes = 1 << 16;

    private readonly DecodingProblemCounter _problems = new();
    private readonly Decoder _decoder;
    private readonly char[] _chars = new char[ChunkBytes + 8];

    public DecodingTally(Encoding encoding) => _decoder = _problems.Attach(encoding).GetDecoder();

    public long Invalid => _problems.Count;

    public long NonAscii { get; private set; }

    public long Chinese { get; private set; }

    public void Add(ReadOnlySpan<byte> bytes) => Count(bytes, flush: false);

    public void Finish() => Count([], flush: true);

    private void Count(ReadOnlySpan<byte> bytes, bool flush)
    {
        var before = _problems.Count;
        var n = _decoder.GetChars(bytes, _chars, flush);
        var replaced = _problems.Count - before;
        foreach (var c in _chars.AsSpan(0, n))
        {
            if (c >= 0x80)
            {
                NonAscii++;
                if (c is >= '\u4E00' and <= '\u9FFF')
                {
                    Chinese++;
                }
            }
        }

        NonAscii -= replaced;
    }
}
