namespace Cordon.Regulation.Dictionaries;

/// <summary>One record of a chemical dictionary: names and a CAS RN that stand for one structure. It supplies a structure only;
/// whether that structure is controlled is decided by the knowledge base.</summary>
/// <param name="SourceId">The record's id in its source (e.g. "pubchem:180", "chebi:15377").</param>
/// <param name="Cas">CAS RN, if the source gives one (check digit verified).</param>
/// <param name="Smiles">The structure.</param>
/// <param name="Name">Preferred name.</param>
/// <param name="Synonyms">Other names.</param>
/// <param name="Location">File and line of the record.</param>
public sealed record DictionaryEntry(string SourceId, CasNumber? Cas, string Smiles, string Name, IReadOnlyList<string> Synonyms,
    SourceLocation Location)
{
    /// <summary>All names: preferred first.</summary>
    public IEnumerable<string> AllNames => Synonyms.Prepend(Name);
}
