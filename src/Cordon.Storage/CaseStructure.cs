namespace Cordon.Storage;

/// <summary>A structure a row's finding rests on, kept so the case view can draw it with the atoms that matched: the evidence's
/// column and text, the parent structure's SMILES, the substances found and their matched atoms (indexes into the SMILES).</summary>
public sealed record CaseStructure(string Column, string Text, string Smiles, IReadOnlyList<string> Substances, IReadOnlyList<int> MatchedAtoms);
