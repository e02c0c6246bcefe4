using System.Text;
using Cordon.Chemistry.Interop;

namespace Cordon.Chemistry;

/// <summary>A compiled SMARTS pattern with its pattern fingerprint for pre-screening. Safe to share across threads.</summary>
public sealed unsafe class SubstructureQuery : IDisposable
{
    private SubstructureQuery(SafeQueryHandle handle, string smarts)
    {
        Handle = handle;
        LiveHandles.Opened();
        Smarts = smarts;
        Ensure.Success(NativeMethods.cdn_query_pattern_fp(handle, out var bytes, out var length));
        PatternFingerprint = Fingerprint.FromBytes(NativeBuffer.TakeBytes(bytes, length));
        Ensure.Success(NativeMethods.cdn_query_atom_maps(handle, out var maps, out var count));
        AtomMaps = NativeBuffer.TakeInts(maps, count);
    }

    /// <summary>The atom-map number of each query atom ([C:3] gives 3; 0 when unmapped), in query atom order.</summary>
    public IReadOnlyList<int> AtomMaps { get; }

    internal SafeQueryHandle Handle { get; }

    /// <summary>The SMARTS this query was compiled from.</summary>
    public string Smarts { get; }

    /// <summary>Bits every matching molecule's pattern fingerprint must contain.</summary>
    public Fingerprint PatternFingerprint { get; }

    /// <summary>Number of atoms in the pattern.</summary>
    public int AtomCount
    {
        get
        {
            Ensure.Success(NativeMethods.cdn_query_atom_count(Handle, out var count));
            return count;
        }
    }

    /// <summary>Compiles SMARTS.</summary>
    /// <exception cref="ChemistryException">The SMARTS is invalid or too large.</exception>
    public static SubstructureQuery FromSmarts(string smarts)
    {
        ArgumentNullException.ThrowIfNull(smarts);
        var bytes = Encoding.UTF8.GetBytes(smarts);
        fixed (byte* p = bytes)
        {
            Ensure.Success(NativeMethods.cdn_query_from_smarts(p, bytes.Length, out var handle));
            return new SubstructureQuery(handle, smarts);
        }
    }

    /// <inheritdoc />
    public void Dispose() => Handle.Dispose();
}
