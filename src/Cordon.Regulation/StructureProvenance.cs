namespace Cordon.Regulation;

/// <summary>How an entry's structure was obtained and checked: the name it was derived from, how, its formula, and the
/// independent public structures it was compared with.</summary>
/// <param name="From">How: "opsin" (the name through OPSIN), "drawn" (written by hand from the name), "source" (taken from
/// a cited structure).</param>
/// <param name="Name">The name the structure was derived from: the law's own chemical name where it gives one, else the
/// INN or common name.</param>
/// <param name="Formula">The molecular formula (Hill order) of the recorded SMILES; <c>kb validate</c> recomputes it.</param>
/// <param name="Checked">Each independent structure it was compared with and agreed: "swgdrug: NAME", "chebi: CHEBI:ID",
/// "chedl: CID".</param>
public sealed record StructureProvenance(string From, string Name, string? Formula, IReadOnlyList<string> Checked)
{
    /// <summary>True when the law names one stereoisomer (alphaprodine, not betaprodine) whose configuration is not recorded:
    /// the SMILES gives the constitution only, so a match on it says so and a name that identifies a sibling wins.</summary>
    public bool ConfigurationNotRecorded { get; init; }
}
