namespace Cordon.Screening.Classification;

/// <summary>The keys of a query's standardised parent, and what standardisation removed.</summary>
/// <param name="StereoKey">Canonical SMILES with stereochemistry.</param>
/// <param name="FlatKey">Canonical SMILES without stereochemistry.</param>
/// <param name="HasStereo">True when the parent has specified stereocentres.</param>
/// <param name="AtomCount">Heavy atoms of the parent (all of them are the matched atoms of a listing).</param>
/// <param name="SaltForm">True when counter-ions were removed, charges neutralised, or the identifier named a salt.</param>
/// <param name="Removed">Human-readable list of what was removed.</param>
public sealed record ParentStructure(string StereoKey, string FlatKey, bool HasStereo, int AtomCount, bool SaltForm, IReadOnlyList<string> Removed)
{
    /// <summary>The parent's tautomer key, computed only when no listed structure has its flat key but one shares its skeleton; else null.</summary>
    public string? TautomerKey { get; init; }

    /// <summary>The parent's skeleton key, set with <see cref="TautomerKey"/>.</summary>
    public string? SkeletonKey { get; init; }

    /// <summary>True when the input carried isotope labels, removed to reach the parent.</summary>
    public bool IsotopeLabelled { get; init; }
}
