namespace Cordon.Regulation;

/// <summary>A stereoisomer that an entry's clause names as not covered, e.g. EU Category 1's "stereoisomeric forms … not
/// being cathine" on norephedrine: a query with exactly this structure (stereo included) is not that entry, nor its salt.</summary>
/// <param name="Name">The name the clause gives it.</param>
/// <param name="Smiles">Its structure, with the stereochemistry that tells it from the forms the clause covers.</param>
public sealed record ExcludedForm(string Name, string Smiles);
