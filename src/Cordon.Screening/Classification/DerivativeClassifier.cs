using Cordon.Chemistry;
using Cordon.Regulation;

namespace Cordon.Screening.Classification;

/// <summary>Reads a query as the ester or ether of a listed substance whose clause covers its esters or ethers
/// ("testosterone and its esters"): each acyclic ester or ether bond is read as joining two parts, and a part whose keys
/// equal a listed substance with that coverage is a listing finding. This is a matching rule only.</summary>
/// <remarks>A substance listed in its own right (codeine) keeps its own finding, and in a jurisdiction where it is listed no
/// ester or ether reading is added: the clauses that cover esters and ethers except what is listed in another schedule
/// (21 CFR 1308.13(f) "unless listed in another schedule"; the 1961 Convention's "unless appearing in another Schedule"),
/// so codeine is not also morphine's ether under Schedule I. Elsewhere the reading stands.</remarks>
public sealed class DerivativeClassifier
{
    // An acyclic ester C(=O)-O-C bond, read as acid plus alcohol.
    private const string EsterRule = "[C:1](=[O:4])!@[O:2]!@[#6:3]>>[C:1](=[O:4])O.[O:2][#6:3]";

    // An acyclic ether C-O-C bond (no carbonyl or imine on either carbon, so never an ester); the oxygen is kept on
    // either side in turn. Cyclic ethers (THF, dioxane) have no acyclic C-O bond and never match.
    private static readonly string[] EtherRules =
    [
        "[#6;!$([#6]=[O,S,N]):1]!@[OX2:2]!@[#6;!$([#6]=[O,S,N]):3]>>[#6:1][O:2].[#6:3]",
        "[#6;!$([#6]=[O,S,N]):1]!@[OX2:2]!@[#6;!$([#6]=[O,S,N]):3]>>[#6:1].[O:2][#6:3]",
    ];

    // Product sets read per rule at most: a bound on the work for a molecule with many ester or ether bonds.
    private const int MaxSets = 32;

    private static readonly Lazy<SubstructureQuery> EsterBond = new(() => SubstructureQuery.FromSmarts("[CX3](=O)!@[OX2]!@[#6]"));

    private static readonly Lazy<SubstructureQuery> EtherBond = new(() => SubstructureQuery.FromSmarts("[#6]!@[OX2]!@[#6]"));

    private readonly KnowledgeBase _knowledgeBase;

    private readonly ListingClassifier _listings;

    private readonly bool _anyEsters;

    private readonly bool _anyEthers;

    /// <summary>Prepares the classifier; the knowledge base is read once for whether any entry covers esters or ethers.</summary>
    public DerivativeClassifier(KnowledgeBase knowledgeBase)
    {
        _knowledgeBase = knowledgeBase;
        _listings = new ListingClassifier(knowledgeBase);
        _anyEsters = knowledgeBase.Structures.Any(s => s.Substance.Covers.HasFlag(Coverage.Esters));
        _anyEthers = knowledgeBase.Structures.Any(s => s.Substance.Covers.HasFlag(Coverage.Ethers));
    }

    /// <summary>Findings for each listed substance the parent is an ester or ether of, in jurisdictions where the parent has no
    /// listing of its own (<paramref name="ownListings"/>, the findings of its own structure).</summary>
    public IReadOnlyList<Finding> Classify(Molecule parent, ParentStructure key, IReadOnlySet<string>? jurisdictions, DateOnly day,
        IReadOnlyList<Finding> ownListings, ICollection<string> notInForce)
    {
        var listedIn = ownListings.Select(f => f.Jurisdiction).ToHashSet(StringComparer.Ordinal);
        var alreadyFound = ownListings.Select(f => f.SubstanceId).ToHashSet(StringComparer.Ordinal);
        var findings = new List<Finding>();
        // The common case (no ester or ether bond, or no covering entry) costs one substructure test each.
        if (_anyEsters && parent.HasMatch(EsterBond.Value))
        {
            Read(parent, [EsterRule], Coverage.Esters, "ester", key, jurisdictions, day, alreadyFound, listedIn, notInForce, findings);
        }

        if (_anyEthers && parent.HasMatch(EtherBond.Value))
        {
            Read(parent, EtherRules, Coverage.Ethers, "ether", key, jurisdictions, day, alreadyFound, listedIn, notInForce, findings);
        }

        return findings;
    }

    private void Read(Molecule parent, IEnumerable<string> rules, Coverage coverage, string word, ParentStructure key,
        IReadOnlySet<string>? jurisdictions, DateOnly day, IReadOnlySet<string> alreadyFound, IReadOnlySet<string> listedIn,
        ICollection<string> notInForce, List<Finding> findings)
    {
        var parts = rules.SelectMany(rule => parent.RunReaction(rule, MaxSets)).SelectMany(set => set).Distinct(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            using var molecule = Molecule.FromSmiles(part);
            using var standard = molecule.Standardize();
            var flat = standard.Parent.ToSmiles(withStereo: false);
            if (_knowledgeBase.FindByFlatKey(flat).Count == 0)
            {
                continue;
            }

            var partKey = new ParentStructure(standard.Parent.ToSmiles(withStereo: true), flat, standard.Parent.StereoCount > 0,
                standard.Parent.AtomCount, key.SaltForm, key.Removed) { IsotopeLabelled = key.IsotopeLabelled };
            foreach (var finding in _listings.Classify(partKey, jurisdictions, day, notInForce))
            {
                var substance = _knowledgeBase.FindById(finding.SubstanceId);
                if (substance is null || !substance.Covers.HasFlag(coverage) || alreadyFound.Contains(finding.SubstanceId)
                    || listedIn.Contains(finding.Jurisdiction)
                    || findings.Any(f => f.SubstanceId == finding.SubstanceId))
                {
                    continue;
                }

                // The first citation names the clause ("21 CFR 1308.13(f)(1)"); the full citation stays in its own field.
                var clause = finding.Citation.Split(';')[0].Trim();
                var form = finding.Match == "exact structure" ? "" : $" ({finding.Match})";
                findings.Add(finding with
                {
                    Match = $"{word} of the listed substance {substance.Name}{form}; {clause} covers its {word}s",
                    // The listed part's atoms are not mapped back onto the query yet: no atoms are claimed.
                    MatchedAtoms = [],
                });
            }
        }
    }
}
