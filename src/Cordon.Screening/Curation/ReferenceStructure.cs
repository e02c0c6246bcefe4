namespace Cordon.Screening.Curation;

/// <summary>A structure from an independent public set, used only to cross-check a structure derived from the law's name.</summary>
/// <param name="Source">The set: "swgdrug", "chebi", "chedl".</param>
/// <param name="Id">The record in that set (a monograph name, a ChEBI id, a PubChem CID).</param>
/// <param name="Names">The record's names.</param>
/// <param name="Key">Canonical SMILES of the record's parent, without stereo.</param>
public sealed record ReferenceStructure(string Source, string Id, IReadOnlyList<string> Names, string Key)
{
    /// <summary>How a "checked" line of a rules file names it.</summary>
    public string Label => $"{Source}: {Id}";
}
