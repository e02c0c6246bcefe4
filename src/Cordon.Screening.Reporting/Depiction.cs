using Cordon.Chemistry;

namespace Cordon.Screening.Reporting;

/// <summary>Draws a checked structure with the atoms of its findings highlighted.</summary>
public static class Depiction
{
    /// <summary>Structures larger than this are not drawn: layout work grows fast, and a picture of them helps nobody.</summary>
    public const int MaxAtoms = 250;

    /// <summary>SVG of the result's parent structure, or null when the result has no structure, no finding, or is too large to draw.</summary>
    public static string? ForHit(CheckResult result)
    {
        if (result.Structure is null || result.Findings.Count == 0)
        {
            return null;
        }

        var atoms = result.Findings.SelectMany(f => f.MatchedAtoms).Distinct().Order().ToArray();
        return Of(result.Structure.Smiles, atoms, result.Findings[0].Substance);
    }

    /// <summary>SVG of a structure given by its SMILES with <paramref name="atoms"/> highlighted, or null when it is too large to draw.</summary>
    public static string? Of(string smiles, IReadOnlyCollection<int> atoms, string? legend)
    {
        using var molecule = Molecule.FromSmiles(smiles);
        return molecule.AtomCount > MaxAtoms ? null : molecule.ToSvg(atoms, 400, 300, legend);
    }
}
