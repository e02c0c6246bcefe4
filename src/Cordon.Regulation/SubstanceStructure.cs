namespace Cordon.Regulation;

/// <summary>The canonical keys of a listed substance's standardised parent, computed once at load.</summary>
/// <param name="Substance">The entry.</param>
/// <param name="StereoKey">Canonical SMILES with stereochemistry.</param>
/// <param name="FlatKey">Canonical SMILES without stereochemistry.</param>
/// <param name="MirrorKey">Canonical SMILES of the mirror image (equal to <paramref name="StereoKey"/> when achiral).</param>
/// <param name="HasStereo">True when the entry's structure names a stereoisomer.</param>
public sealed record SubstanceStructure(Substance Substance, string StereoKey, string FlatKey, string MirrorKey, bool HasStereo)
{
    /// <summary>Morgan fingerprint (radius 2, 2048 bits) of the parent, for similarity alerts.</summary>
    public Cordon.Chemistry.Fingerprint? Similarity { get; init; }

    /// <summary>The parent's molecular formula (with charge), which every tautomer shares; empty when not computed.</summary>
    public string Formula { get; init; } = "";

    /// <summary>The parent's skeleton key (heavy-atom graph and formula), which every tautomer shares; empty when not computed.</summary>
    public string SkeletonKey { get; init; } = "";

    /// <summary>Stereo keys of the forms the clause excludes (<see cref="Substance.Excludes"/>): a parent with one of these
    /// keys is not this entry.</summary>
    public IReadOnlySet<string> ExcludedStereoKeys { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Heavy atoms of the parent.</summary>
    public int AtomCount { get; init; }

    /// <summary>Atom environments of the parent, to show which atoms of a similar structure differ.</summary>
    public IReadOnlyDictionary<string, int> AtomSignatures { get; init; } = new Dictionary<string, int>();
}
