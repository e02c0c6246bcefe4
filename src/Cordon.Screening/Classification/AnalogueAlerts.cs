using Cordon.Chemistry;
using Cordon.Regulation;
using Cordon.Regulation.Definitions;

namespace Cordon.Screening.Classification;

/// <summary>Designer-precursor alerts for structures controlled nowhere: masked controlled skeletons (rules in rules/alerts/)
/// and Morgan-fingerprint similarity to a controlled substance. Alerts are leads, never findings of control.</summary>
public sealed class AnalogueAlerts(KnowledgeBase knowledgeBase)
{
    /// <summary>Tanimoto similarity (Morgan radius 2, 2048 bits) at or above which a structure is alerted; see docs/analogue-alerts.md.</summary>
    public const double SimilarityThreshold = 0.70;

    /// <summary>Controlled substances smaller than this many heavy atoms are not used for similarity: on small molecules the measure is noise.</summary>
    public const int MinimumReferenceAtoms = 10;

    // One fingerprint per distinct listed structure (fentanyl is listed in six jurisdictions and many schedules): the scan
    // compares fingerprints first and looks at jurisdictions and dates only for the few that are similar enough.
    private readonly Lazy<IReadOnlyList<(Fingerprint Fingerprint, SubstanceStructure[] Structures)>> _references = new(() => knowledgeBase.Structures
        .Where(s => s.Substance.List is not null && s.Similarity is not null && s.AtomCount >= MinimumReferenceAtoms)
        .GroupBy(s => s.FlatKey, StringComparer.Ordinal)
        .Select(g => (g.First().Similarity!, g.ToArray()))
        .ToList());

    /// <summary>Alerts for a structure that no listing or definition controls in the selected jurisdictions, among the alert
    /// rules in <paramref name="candidates"/> whose core it contains. Fingerprints are taken from <paramref name="molecule"/>; atoms are reported on <paramref name="canonical"/>,
    /// which is made only when an alert fires.</summary>
    public IReadOnlyList<Finding> Alert(Molecule molecule, Func<Molecule> canonical, IEnumerable<CompiledDefinition> candidates,
        ParentStructure parent, IReadOnlySet<string>? jurisdictions, DateOnly day)
    {
        var findings = new List<Finding>();
        MoleculeGraph? graph = null;
        foreach (var compiled in candidates)
        {
            if (!compiled.Definition.IsAnalogueAlert)
            {
                continue;
            }

            graph ??= canonical().Graph();
            if (DefinitionEvaluator.Evaluate(compiled, canonical(), graph, day).Match is { } match)
            {
                findings.Add(GenericClassifier.ToFinding(match, parent));
            }
        }

        // A structure the knowledge base recognises as an ordinary substance (rules/resolution/) is known not to be listed:
        // similarity to a listed one is no lead (naloxone is not an opiate; dextromethorphan is excluded by name).
        if (!knowledgeBase.IsRecognisedOrdinary(parent.FlatKey, parent.StereoKey) && Nearest(molecule, jurisdictions, day) is { } nearest)
        {
            graph ??= canonical().Graph();
            findings.Add(SimilarityFinding(nearest.Structure, nearest.Similarity, graph, jurisdictions, day));
        }

        return findings;
    }

    private (SubstanceStructure Structure, double Similarity)? Nearest(Molecule molecule, IReadOnlySet<string>? jurisdictions, DateOnly day)
    {
        Fingerprint? query = null;
        (SubstanceStructure Structure, double Similarity)? best = null;
        foreach (var (fingerprint, structures) in _references.Value)
        {
            query ??= molecule.MorganFingerprint();
            var similarity = query.Tanimoto(fingerprint);
            if (similarity < SimilarityThreshold || (best is not null && similarity <= best.Value.Similarity))
            {
                continue;
            }

            foreach (var structure in structures)
            {
                var list = structure.Substance.List!;
                if ((jurisdictions is null || jurisdictions.Contains(list.Jurisdiction)) && structure.Substance.Period.InForceOn(day))
                {
                    best = (structure, similarity);
                    break;
                }
            }
        }

        return best;
    }

    private Finding SimilarityFinding(SubstanceStructure nearest, double similarity, MoleculeGraph graph, IReadOnlySet<string>? jurisdictions, DateOnly day)
    {
        var controlledIn = knowledgeBase.FindByFlatKey(nearest.FlatKey)
            .Where(s => s.Substance.List is not null && s.Substance.Period.InForceOn(day)
                && (jurisdictions is null || jurisdictions.Contains(s.Substance.List.Jurisdiction)))
            .Select(s => s.Substance.List!.Jurisdiction).Distinct().Order().ToList();
        var (differing, missing) = AtomSignatures.Compare(graph, nearest.AtomSignatures);
        return new Finding
        {
            Jurisdiction = "ALERT",
            List = "Similarity to a controlled substance (lead, not law)",
            Substance = nearest.Substance.Name,
            SubstanceId = nearest.Substance.Id,
            Basis = FindingBasis.Analogue,
            Clause = $"Morgan fingerprint (radius 2, 2048 bits) Tanimoto similarity at or above {SimilarityThreshold:0.00} to a substance controlled in {string.Join(", ", controlledIn)}",
            Match = $"Tanimoto {similarity:0.00} to {nearest.Substance.Name} ({nearest.StereoKey}); {differing.Count} atoms here have no counterpart there, {missing} atoms there have none here",
            Citation = $"Cordon similarity alert; nearest controlled substance: {nearest.Substance.Citation}",
            Effective = null,
            MatchedAtoms = differing,
            Similarity = similarity,
        };
    }
}
