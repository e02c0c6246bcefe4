using System.Text;

namespace Cordon.Screening.Text;

/// <summary>The fallback buffer of <see cref="DecodingProblemCounter"/>: one U+FFFD per invalid sequence, counted.</summary>
internal sealed class CountingFallbackBuffer(DecodingProblemCounter owner) : DecoderFallbackBuffer
{
    private bool _pending;

    public override int Remaining => _pending ? 1 : 0;

    public override bool Fallback(byte[] bytesUnknown, int index)
    {
        owner.Add();
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
