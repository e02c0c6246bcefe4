using System.Numerics;
using System.Runtime.InteropServices;

namespace Cordon.Chemistry;

/// <summary>A fixed-width bit fingerprint with the two comparisons screening needs.</summary>
public sealed class Fingerprint
{
    private readonly ulong[] _words;

    private Fingerprint(ulong[] words) => _words = words;

    /// <summary>Width in bits.</summary>
    public int Bits => _words.Length * 64;

    /// <summary>Number of set bits.</summary>
    public int Count
    {
        get
        {
            var total = 0;
            foreach (var w in _words)
            {
                total += BitOperations.PopCount(w);
            }

            return total;
        }
    }

    /// <summary>Builds a fingerprint from bytes, bit i at byte i/8, position i%8.</summary>
    public static Fingerprint FromBytes(ReadOnlySpan<byte> bytes)
    {
        var words = new ulong[(bytes.Length + 7) / 8];
        bytes.CopyTo(MemoryMarshal.AsBytes(words.AsSpan()));
        return new Fingerprint(words);
    }

    /// <summary>The bytes <see cref="FromBytes"/> reads back.</summary>
    public byte[] ToBytes() => MemoryMarshal.AsBytes(_words.AsSpan()).ToArray();

    /// <summary>True when every bit set in <paramref name="subset"/> is set here (a substructure pre-screen).</summary>
    public bool ContainsAll(Fingerprint subset)
    {
        ArgumentNullException.ThrowIfNull(subset);
        if (subset._words.Length != _words.Length)
        {
            throw new ArgumentException("fingerprints differ in width", nameof(subset));
        }

        for (var i = 0; i < _words.Length; i++)
        {
            if ((subset._words[i] & ~_words[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tanimoto similarity in [0,1]; 0 when both are empty.</summary>
    public double Tanimoto(Fingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._words.Length != _words.Length)
        {
            throw new ArgumentException("fingerprints differ in width", nameof(other));
        }

        int both = 0, either = 0;
        for (var i = 0; i < _words.Length; i++)
        {
            both += BitOperations.PopCount(_words[i] & other._words[i]);
            either += BitOperations.PopCount(_words[i] | other._words[i]);
        }

        return either == 0 ? 0 : (double)both / either;
    }
}
