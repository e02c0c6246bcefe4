namespace Cordon.Screening.Curation;

/// <summary>A structure derived from a name and compared with the independent public sets.</summary>
/// <param name="Label">The entry's name as the law gives it.</param>
/// <param name="DerivedFrom">The name given to OPSIN (the law's chemical name where there is one).</param>
/// <param name="Smiles">The derived structure, canonical; null when OPSIN could not read the name.</param>
/// <param name="Formula">Its formula; null with <see cref="Smiles"/>.</param>
/// <param name="Agreeing">Records whose structure is the same (without stereo).</param>
/// <param name="Disagreeing">Records that carry the entry's name but another structure: say so in the entry's notes.</param>
/// <param name="ListedAs">Knowledge-base entries that already hold this structure.</param>
/// <param name="Error">Why nothing was derived.</param>
public sealed record StructureDerivation(string Label, string DerivedFrom, string? Smiles, string? Formula,
    IReadOnlyList<ReferenceStructure> Agreeing, IReadOnlyList<ReferenceStructure> Disagreeing, IReadOnlyList<string> ListedAs,
    string? Error);
