namespace Cordon.Contracts;

/// <summary>Body of <c>POST /v1/depict</c>: a structure to draw, with the atoms of a finding highlighted.</summary>
/// <param name="Smiles">The structure, as a check answer's <c>structure.smiles</c> (the standardised parent).</param>
/// <param name="Atoms">Indexes into that SMILES's atoms (a finding's <c>matched_atoms</c>); none for a plain drawing.</param>
/// <param name="Legend">A caption under the drawing, e.g. the substance found (at most 200 characters).</param>
public sealed record DepictBody(string? Smiles, IReadOnlyList<int>? Atoms, string? Legend);
