using Cordon.Regulation;

namespace Cordon.Screening.Classification;

/// <summary>Matches a standardised parent against the listed substances: exact, salt, and isomer forms as each clause allows.</summary>
public sealed class ListingClassifier(KnowledgeBase knowledgeBase)
{
    /// <summary>Every listing the parent falls under on <paramref name="day"/>, in the given jurisdictions (all when null);
    /// listings that match but are not in force that day go to <paramref name="notInForce"/>.</summary>
    public IReadOnlyList<Finding> Classify(ParentStructure parent, IReadOnlySet<string>? jurisdictions, DateOnly day, ICollection<string> notInForce)
    {
        var findings = new List<Finding>();
        var candidates = knowledgeBase.FindByFlatKey(parent.FlatKey);
        var tautomer = false;
        if (candidates.Count == 0 && parent is { TautomerKey: { } tautomerKey, SkeletonKey: { } skeletonKey })
        {
            candidates = knowledgeBase.FindByTautomerKey(skeletonKey, tautomerKey);
            tautomer = candidates.Count > 0;
        }

        foreach (var candidate in candidates)
        {
            var substance = candidate.Substance;
            if (substance.List is null || (jurisdictions is not null && !jurisdictions.Contains(substance.List.Jurisdiction)))
            {
                continue;
            }

            // A form the clause names as not covered ("not being cathine") is not this entry, nor are its salts.
            if (candidate.ExcludedStereoKeys.Contains(parent.StereoKey))
            {
                continue;
            }

            var isomer = tautomer ? TautomerRelation(candidate) : IsomerRelation(parent, candidate);
            if (isomer is null)
            {
                continue;
            }

            if (parent.SaltForm && !substance.Covers.HasFlag(Coverage.Salts))
            {
                continue;
            }

            var form = parent.SaltForm ? $"salt of the listed substance (removed: {string.Join(", ", parent.Removed)})" : isomer;
            if (parent.SaltForm && isomer != ExactStructure)
            {
                form += $"; {isomer}";
            }

            if (parent.IsotopeLabelled)
            {
                form += "; isotope-labelled form (labels removed)";
            }

            if (!substance.Period.InForceOn(day))
            {
                notInForce.Add(DescribePeriod(substance));
                continue;
            }

            findings.Add(ToFinding(substance, form, Enumerable.Range(0, parent.AtomCount).ToArray()));
        }

        return findings;
    }

    /// <summary>Findings for entries known only by name or CAS RN (no structure to compare).</summary>
    public static IReadOnlyList<Finding> FromIdentifiers(IEnumerable<Substance> entries, IReadOnlySet<string>? jurisdictions, string how,
        DateOnly day, ICollection<string> notInForce)
    {
        var findings = new List<Finding>();
        foreach (var entry in entries.Where(e => e.List is not null && (jurisdictions is null || jurisdictions.Contains(e.List.Jurisdiction))))
        {
            if (entry.Period.InForceOn(day))
            {
                findings.Add(ToFinding(entry, how, []));
            }
            else
            {
                notInForce.Add(DescribePeriod(entry));
            }
        }

        return findings;
    }

    /// <summary>"US List I chemicals (4-piperidone): from 2023-05-12", for listings not in force on the day asked.</summary>
    public static string DescribePeriod(Substance substance) =>
        $"{substance.List!.Jurisdiction} {substance.List.Name} ({substance.Name}): from {substance.Effective}" +
        (substance.Ended is null ? "" : $" until {substance.Ended}");

    private const string ExactStructure = "exact structure";

    private const string ConstitutionOnly = "same constitution as the listed stereoisomer (its configuration is not recorded";

    /// <summary>True when the entry names one stereoisomer whose configuration the rules do not record
    /// (<see cref="StructureProvenance.ConfigurationNotRecorded"/>).</summary>
    public static bool IsConstitutionOnly(SubstanceStructure listed) => listed.Substance.Structure?.ConfigurationNotRecorded == true;

    private const string Tautomer = "tautomer of the listed structure";

    // A tautomer's stereocentres need not map onto the listed ones, so stereo is not compared: a listed stereoisomer
    // matches only when its clause covers isomers.
    private static string? TautomerRelation(SubstanceStructure listed) =>
        !listed.HasStereo ? Tautomer
        : listed.Substance.Covers.HasFlag(Coverage.Stereoisomers) || listed.Substance.Covers.HasFlag(Coverage.OpticalIsomers)
            ? $"{Tautomer} (stereochemistry not compared; the clause covers isomers)"
            : null;

    private static string? IsomerRelation(ParentStructure parent, SubstanceStructure listed)
    {
        if (IsConstitutionOnly(listed))
        {
            return parent.HasStereo ? ConstitutionOnly + "; the input's stereochemistry was not compared)" : ConstitutionOnly + "; the input gives none)";
        }

        if (!listed.HasStereo || parent.StereoKey == listed.StereoKey)
        {
            return ExactStructure;
        }

        var covers = listed.Substance.Covers;
        if (covers.HasFlag(Coverage.Stereoisomers))
        {
            return "stereoisomer (the clause covers isomers)";
        }

        if (covers.HasFlag(Coverage.OpticalIsomers))
        {
            if (parent.StereoKey == listed.MirrorKey)
            {
                return "optical isomer (enantiomer; the clause covers optical isomers)";
            }

            if (!parent.HasStereo)
            {
                return "stereochemistry unspecified (the clause covers optical isomers)";
            }
        }

        return null;
    }

    private static Finding ToFinding(Substance substance, string how, IReadOnlyList<int> atoms) => new()
    {
        Jurisdiction = substance.List!.Jurisdiction,
        List = substance.List.Name,
        Substance = substance.Name,
        SubstanceId = substance.Id,
        Basis = FindingBasis.Listed,
        Clause = substance.Clause ?? substance.Name,
        Match = how,
        Citation = substance.Citation.ToString(),
        Effective = substance.Effective,
        MatchedAtoms = atoms,
    };
}
