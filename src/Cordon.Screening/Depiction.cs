using Cordon.Chemistry;

namespace Cordon.Screening;

/// <summary>Draws a checked structure with the atoms of its findings highlighted.</summary>
public static class Depiction
{
    /// <summary>SVG of the result's parent structure, or null when the result has no structure or no finding.</summary>
    public static string? ForHit(CheckResult result)
    {
        if (result.Structure is null || result.Findings.Count == 0)
        {
            return null;
        }

        using var molecule = Molecule.FromSmiles(result.Structure.Smiles);
        var atoms = result.Findings.SelectMany(f => f.MatchedAtoms).Distinct().Order().ToArray();
        return molecule.ToSvg(atoms, 400, 300, result.Findings[0].Substance);
    }
}
