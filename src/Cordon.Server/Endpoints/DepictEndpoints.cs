using Cordon.Chemistry;
using Cordon.Contracts;
using Cordon.Screening.Reporting;
using Cordon.Server.Auth;

namespace Cordon.Server.Endpoints;

/// <summary><c>POST /v1/depict</c>: an SVG of a checked structure with a finding's matched atoms highlighted (the drawing of the
/// case view and the HTML report), so the Check page can show each finding on its structure.</summary>
internal static class DepictEndpoints
{
    /// <summary>The longest SMILES drawn; a check answer's parent is far shorter.</summary>
    public const int MaxSmilesLength = 4000;

    private const int MaxLegendLength = 200;

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/depict", (DepictBody body) =>
        {
            if (string.IsNullOrWhiteSpace(body.Smiles))
            {
                return Results.BadRequest(new Problem("smiles: missing (give the structure.smiles of a check answer)"));
            }

            if (body.Smiles.Length > MaxSmilesLength)
            {
                return Results.BadRequest(new Problem($"smiles: at most {MaxSmilesLength} characters (got {body.Smiles.Length})"));
            }

            if (body.Legend is { Length: > MaxLegendLength })
            {
                return Results.BadRequest(new Problem($"legend: at most {MaxLegendLength} characters (got {body.Legend.Length})"));
            }

            var atoms = body.Atoms ?? [];
            try
            {
                using var molecule = Molecule.FromSmiles(body.Smiles);
                if (molecule.AtomCount > Depiction.MaxAtoms)
                {
                    return Results.BadRequest(new Problem($"smiles: {molecule.AtomCount} atoms, more than the {Depiction.MaxAtoms} drawn"));
                }

                // An index outside the molecule is the caller's mistake, said as such, never silently dropped.
                var count = molecule.AtomCount;
                if (atoms.Where(a => a < 0 || a >= count).Select(a => (int?)a).FirstOrDefault() is { } bad)
                {
                    return Results.BadRequest(new Problem($"atoms: index {bad} is outside the structure's {count} atoms (0 to {count - 1})"));
                }

                return Results.Text(molecule.ToSvg(atoms.Distinct().Order().ToArray(), 400, 300, body.Legend), "image/svg+xml; charset=utf-8");
            }
            catch (ChemistryException e)
            {
                return Results.BadRequest(new Problem($"smiles '{Shorten(body.Smiles)}': {e.Message}"));
            }
        })
        .RequireAuthorization(Policies.Viewer).WithName("depict").Produces<string>(contentType: "image/svg+xml")
        .WithSummary("Draw a structure (SMILES) as SVG with the given atoms highlighted, e.g. a check finding's matched atoms");
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
