using Cordon.Chemistry;
using Cordon.Regulation.Definitions;

namespace Cordon.Screening.Classification;

/// <summary>Applies the class definitions of the law to a parent structure, clause by clause.</summary>
public static class GenericClassifier
{
    /// <summary>Findings of every class definition in force on <paramref name="day"/> that catches the structure, among the
    /// <paramref name="candidates"/> whose core it contains. <paramref name="molecule"/> must have the atom order of the
    /// canonical SMILES, so matched atoms can be drawn.</summary>
    public static IReadOnlyList<Finding> Classify(Molecule molecule, IEnumerable<CompiledDefinition> candidates, ParentStructure parent,
        IReadOnlyList<Finding> listed, IReadOnlySet<string>? jurisdictions, DateOnly day, ICollection<string> notInForce)
    {
        var findings = new List<Finding>();
        MoleculeGraph? graph = null;
        foreach (var compiled in candidates)
        {
            var definition = compiled.Definition;
            if (definition.IsAnalogueAlert || (jurisdictions is not null && !jurisdictions.Contains(definition.List.Jurisdiction)))
            {
                continue;
            }

            if (definition.ExcludeIfListed && listed.Any(f => f.Jurisdiction == definition.List.Jurisdiction))
            {
                continue;
            }

            graph ??= molecule.Graph();
            var outcome = DefinitionEvaluator.Evaluate(compiled, molecule, graph, day);
            if (outcome.Match is not { } match)
            {
                continue;
            }

            if (!definition.Period.InForceOn(day))
            {
                notInForce.Add($"{definition.List.Jurisdiction} {definition.Name}: from {definition.Period.Effective}" +
                    (definition.Period.Ended is null ? "" : $" until {definition.Period.Ended}"));
                continue;
            }

            findings.Add(ToFinding(match, parent));
        }

        return findings;
    }

    /// <summary>A finding for a definition match; <see cref="Finding.Basis"/> is analogue for alert rules.</summary>
    public static Finding ToFinding(DefinitionMatch match, ParentStructure parent)
    {
        var definition = match.Definition;
        var reviews = match.ReviewReasons;
        var how = match.Explanation;
        if (parent.SaltForm)
        {
            how = $"salt (removed: {string.Join(", ", parent.Removed)}); {how}";
        }

        return new Finding
        {
            Jurisdiction = definition.List.Jurisdiction,
            List = definition.List.Name,
            Substance = definition.Name,
            SubstanceId = definition.Id,
            Basis = definition.IsAnalogueAlert ? FindingBasis.Analogue : FindingBasis.Generic,
            Clause = string.Join(" ", match.Clauses.Select(c => $"({c.Clause}) {ClauseText(definition, c.Clause)}").Distinct()) is { Length: > 0 } text
                ? text
                : definition.LegalText,
            Match = how,
            Citation = definition.Citation.ToString(),
            Effective = definition.Period.Effective,
            MatchedAtoms = match.Atoms,
            Clauses = match.Clauses,
            Review = reviews.Count == 0 ? null : "review: ambiguous clause — " + string.Join("; ", reviews),
        };
    }

    private static string ClauseText(GenericDefinition definition, string clause) =>
        definition.Sites.FirstOrDefault(s => s.Clause == clause)?.Text ?? "";
}
