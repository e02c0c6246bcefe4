using Cordon.Screening;
using Cordon.Screening.Reporting;
using Cordon.Storage;

namespace Cordon.Server.Endpoints;

/// <summary>The case view's pictures: each structure a row's findings rest on, drawn as SVG with its matched atoms
/// highlighted (the same drawing as the HTML report's).</summary>
internal static class CaseDepictions
{
    /// <summary>One entry per structure finding of the row, in evidence order; svg is null for a structure too large to draw.</summary>
    public static IEnumerable<object> Of(CaseRow row) => row.Structures.Select(s => new
    {
        column = s.Column, text = s.Text, smiles = s.Smiles, substances = s.Substances, matched_atoms = s.MatchedAtoms,
        svg = Depiction.Of(s.Smiles, s.MatchedAtoms.ToArray(), s.Substances.Count > 0 ? s.Substances[0] : null),
    });
}
