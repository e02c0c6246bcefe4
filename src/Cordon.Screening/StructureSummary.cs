namespace Cordon.Screening;

/// <summary>The standardised parent of a query and what was removed to reach it.</summary>
/// <param name="Smiles">Canonical SMILES of the parent, with stereochemistry.</param>
/// <param name="Formula">Molecular formula of the parent.</param>
/// <param name="Removed">What standardisation and name cleaning removed: counter-ions, water, salt and purity words.</param>
public sealed record StructureSummary(string Smiles, string Formula, IReadOnlyList<string> Removed);
