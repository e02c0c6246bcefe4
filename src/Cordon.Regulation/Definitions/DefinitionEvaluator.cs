using Cordon.Chemistry;

namespace Cordon.Regulation.Definitions;

/// <summary>Tests a structure against a generic definition, clause by clause, on a given day.</summary>
public static class DefinitionEvaluator
{
    private const int MaxCoreMatches = 20;

    /// <summary>Evaluates the definition on the molecule, clause by clause, as the law stood on <paramref name="day"/>.</summary>
    public static DefinitionOutcome Evaluate(CompiledDefinition compiled, Molecule molecule, MoleculeGraph graph, DateOnly day)
    {
        var matches = molecule.Matches(compiled.Core, MaxCoreMatches);
        string? reason = null;
        foreach (var match in matches)
        {
            var attempt = new DefinitionAttempt(compiled, molecule, graph, match, day);
            var result = attempt.Run();
            if (result is not null)
            {
                return new DefinitionOutcome(result, null);
            }

            reason ??= attempt.Failure;
        }

        return matches.Count == 0 ? DefinitionOutcome.NoCore : new DefinitionOutcome(null, reason);
    }
}
