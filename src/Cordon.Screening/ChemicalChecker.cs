using Cordon.Chemistry;
using Cordon.Regulation;
using Cordon.Screening.Classification;
using Cordon.Screening.Extraction;
using Cordon.Screening.Resolution;

namespace Cordon.Screening;

/// <summary>The check pipeline for one chemical: resolve, standardise, classify. Thread-safe; never throws for bad input.
/// With <paramref name="opsin"/>, systematic names are read by OPSIN, as <c>screen</c> reads them. Without an as-of day the
/// answer is for today by <paramref name="time"/> (the system clock by default), fixed when the checker is made.</summary>
public sealed class ChemicalChecker(KnowledgeBase knowledgeBase, CheckOptions options, INameToStructure? opsin = null, TimeProvider? time = null)
{
    private readonly QueryResolver _resolver = new(knowledgeBase, new NameResolver(knowledgeBase, opsin));
    private readonly ListingClassifier _classifier = new(knowledgeBase);

    private readonly DerivativeClassifier _derivatives = new(knowledgeBase);
    private readonly HashSet<string> _constitutionOnly =
        knowledgeBase.Structures.Where(ListingClassifier.IsConstitutionOnly).Select(s => s.Substance.Id).ToHashSet(StringComparer.Ordinal);
    private readonly AnalogueAlerts _alerts = new(knowledgeBase);

    /// <summary>What every answer of this checker covers: the day, the jurisdictions, the lists and their versions.</summary>
    public CheckScope Scope { get; } = CheckScope.For(knowledgeBase, options, options.DayOn(time ?? TimeProvider.System));

    /// <summary>The knowledge base in use.</summary>
    public KnowledgeBase KnowledgeBase => knowledgeBase;

    /// <summary>Checks one record; a record the reader could not read comes back unresolved with the reader's error.</summary>
    public CheckResult Check(QueryRecord record) => Check(record, null);

    /// <summary>Checks a record that stands for a name read as a misspelling (<paramref name="misreading"/> says how, e.g.
    /// a structure found for a misspelt name in running text): its findings are leads to review, never "controlled".</summary>
    public CheckResult CheckMisreading(QueryRecord record, string misreading) => Check(record, misreading);

    private CheckResult Check(QueryRecord record, string? misreading)
    {
        if (record.Error is not null)
        {
            return Unresolved(record, record.ForcedKind, $"{record.Place}: {record.Error}");
        }

        try
        {
            using var resolution = _resolver.Resolve(record.Text, options.ForcedKind ?? record.ForcedKind);
            if (resolution.Error is not null)
            {
                return Unresolved(record, resolution.Kind, record.Source is null ? resolution.Error : $"{record.Place}: {resolution.Error}");
            }

            var result = resolution.Molecule is null ? ByIdentifier(record, resolution) : ByStructure(record, resolution, resolution.Molecule);
            return (resolution.Misreading ?? misreading) is { } how ? AsMisreading(result, how) : result;
        }
        catch (ChemistryException e)
        {
            return Unresolved(record, null, $"{record.Place}: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug must cost one record, not the batch: the record says what went wrong.
            return Unresolved(record, null, $"{record.Place}: internal error ({e.GetType().Name}: {e.Message})");
        }
    }

    private CheckResult ByStructure(QueryRecord record, Resolution.Resolution resolution, Molecule molecule)
    {
        using var standard = molecule.Standardize();
        var parent = standard.Parent;
        var removed = resolution.Removed.Concat(standard.RemovedFragments.Select(DescribeFragment)).ToList();
        if (standard.Neutralised)
        {
            removed.Add("charges neutralised");
        }

        removed.AddRange(LabelsRemoved(standard));
        var counterIons = standard.RemovedFragments.Any(f => f != "O");
        var formula = parent.Formula();
        var key = KeyOf(parent, formula, resolution.NamesSalt || counterIons || standard.Neutralised, removed, standard);

        var notInForce = new List<string>();
        var findings = new List<Finding>(WithoutUnnamedStereoisomers(_classifier.Classify(key, options.Jurisdictions, Scope.AsOf, notInForce), resolution));
        findings.AddRange(_derivatives.Classify(parent, key, options.Jurisdictions, Scope.AsOf, findings.ToList(), notInForce));
        // Every list that names the substance answers too, also one that records it by name only or with other stereo
        // (see QueryResolver.FromEntries).
        findings.AddRange(ListingClassifier.FromIdentifiers(resolution.IdentifierMatches.Where(e => findings.All(f => f.SubstanceId != e.Id)),
            options.Jurisdictions, resolution.Kind == InputKind.Cas ? "CAS RN of the listed substance" : "name of the listed substance", Scope.AsOf, notInForce));
        if (!options.ListedOnly)
        {
            ClassifyBeyondListings(parent, key, findings, notInForce);
        }

        // The parent is the largest organic fragment; a smaller one may be the controlled part (ephedrine citrate,
        // 4-piperidone tosylate, a drug in a filler), so every other organic fragment is classified too.
        foreach (var fragment in standard.RemovedFragments.Where(IsOrganic))
        {
            findings.AddRange(ClassifyComponent(fragment, notInForce));
        }

        if (options.AsOf is not null)
        {
            findings = findings.Select(WithDateCaveat).ToList();
        }

        var summary = new StructureSummary(key.StereoKey, formula, removed);
        if (findings.Count == 0 && key.StereoKey.Contains('*'))
        {
            // Unknown atoms (*) leave the substance undefined: it cannot be cleared.
            return Unresolved(record, resolution.Kind, "the structure has unknown atoms (*): it cannot be classified") with { Structure = summary };
        }

        return Answered(record, resolution, summary, findings, notInForce);
    }

    // A name that identifies a jurisdiction's listed entry says which stereoisomer is meant (betaprodine, not alphaprodine):
    // there, an entry whose structure is its constitution only matched on constitution alone and answers only when named.
    // A name known only to a dictionary, or listed elsewhere, identifies nothing in that jurisdiction, so nothing is dropped.
    private IEnumerable<Finding> WithoutUnnamedStereoisomers(IReadOnlyList<Finding> findings, Resolution.Resolution resolution)
    {
        if (resolution.IdentifierMatches.Count == 0)
        {
            return findings;
        }

        var named = resolution.IdentifierMatches.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var namedIn = resolution.IdentifierMatches.Where(e => e.List is not null).Select(e => e.List!.Jurisdiction).ToHashSet(StringComparer.Ordinal);
        return findings.Where(f => !_constitutionOnly.Contains(f.SubstanceId) || named.Contains(f.SubstanceId) || !namedIn.Contains(f.Jurisdiction))
            .Select(f => named.Contains(f.SubstanceId) && _constitutionOnly.Contains(f.SubstanceId) ? f with { Match = $"name of the listed substance; {f.Match}" } : f);
    }

    private IEnumerable<Finding> ClassifyComponent(string smiles, List<string> notInForce)
    {
        using var molecule = Molecule.FromSmiles(smiles);
        using var standard = molecule.Standardize();
        var parent = standard.Parent;
        var key = KeyOf(parent, parent.Formula(), saltForm: true, [$"the other components of the input", .. LabelsRemoved(standard)], standard);
        var found = new List<Finding>(_classifier.Classify(key, options.Jurisdictions, Scope.AsOf, notInForce));
        if (!options.ListedOnly && knowledgeBase.Definitions.Any(d => !d.Definition.IsAnalogueAlert && parent.HasMatch(d.Core)))
        {
            using var canonical = Molecule.FromSmiles(key.StereoKey);
            found.AddRange(GenericClassifier.Classify(canonical, knowledgeBase.Definitions.Where(d => parent.HasMatch(d.Core)), key, found,
                options.Jurisdictions, Scope.AsOf, notInForce));
        }

        // Atom indices would point into the other fragment, not structure.smiles: the component is named instead.
        return found.Select(f => f with { Match = $"a smaller component of the input ({key.StereoKey}): {f.Match}", MatchedAtoms = [], Clauses = [] });
    }

    // The tautomer key costs about a millisecond, so it is computed only when the exact key misses and some listed
    // structure shares the parent's formula and then its skeleton (heavy atoms and connectivity), as every tautomer does.
    private ParentStructure KeyOf(Molecule parent, string formula, bool saltForm, IReadOnlyList<string> removed, Standardization standard)
    {
        var flat = parent.ToSmiles(withStereo: false);
        var skeletonKey = knowledgeBase.FindByFlatKey(flat).Count == 0 && knowledgeBase.HasTautomerFormula(formula) ? parent.SkeletonKey() : null;
        var tautomerKey = skeletonKey is not null && knowledgeBase.HasSkeletonKey(skeletonKey) ? parent.TautomerKey() : null;
        return new ParentStructure(parent.ToSmiles(withStereo: true), flat, parent.StereoCount > 0, parent.AtomCount, saltForm, removed)
        {
            SkeletonKey = tautomerKey is null ? null : skeletonKey,
            TautomerKey = tautomerKey,
            IsotopeLabelled = standard.IsotopesRemoved,
        };
    }

    private static IEnumerable<string> LabelsRemoved(Standardization standard)
    {
        if (standard.IsotopesRemoved)
        {
            yield return "isotope labels";
        }

        if (standard.AtomMapsCleared)
        {
            yield return "atom-map numbers";
        }

        if (standard.CarbonylHydrate)
        {
            yield return "gem-diol read as the hydrate of the carbonyl";
        }
    }

    private static bool IsOrganic(string fragmentSmiles) =>
        fragmentSmiles.Length > 2 && (fragmentSmiles.Contains('c') || fragmentSmiles.Count(ch => ch == 'C') - CountOf(fragmentSmiles, "Cl") >= 2);

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    // Class definitions, then (only when nothing controls) analogue alerts. Each rule's core is first tested on the
    // parent; the canonical re-read (so matched atoms follow structure.smiles) is made only when some core is present.
    private void ClassifyBeyondListings(Molecule parent, ParentStructure key, List<Finding> findings, List<string> notInForce)
    {
        var present = knowledgeBase.Definitions.Where(d => parent.HasMatch(d.Core)).ToList();
        Molecule? canonical = null;
        try
        {
            Molecule Canonical() => canonical ??= Molecule.FromSmiles(key.StereoKey);
            if (present.Any(d => !d.Definition.IsAnalogueAlert))
            {
                findings.AddRange(GenericClassifier.Classify(Canonical(), present, key, findings, options.Jurisdictions, Scope.AsOf, notInForce));
            }

            if (!findings.Any(f => f.Controls))
            {
                findings.AddRange(_alerts.Alert(parent, Canonical, present, key, options.Jurisdictions, Scope.AsOf));
            }
        }
        finally
        {
            canonical?.Dispose();
        }
    }

    private CheckResult ByIdentifier(QueryRecord record, Resolution.Resolution resolution)
    {
        var how = resolution.Kind == InputKind.Cas ? "CAS RN of the listed substance (no structure recorded)" : "name of the listed substance (no structure recorded)";
        var notInForce = new List<string>();
        var findings = ListingClassifier.FromIdentifiers(resolution.IdentifierMatches, options.Jurisdictions, how, Scope.AsOf, notInForce);
        return Answered(record, resolution, null, findings, notInForce);
    }

    private CheckResult Answered(QueryRecord record, Resolution.Resolution resolution, StructureSummary? structure,
        IReadOnlyList<Finding> findings, IReadOnlyList<string> notInForce) => new()
    {
        Query = record.Text,
        InputKind = resolution.Kind,
        Status = StatusOf(findings),
        Structure = structure,
        Findings = findings,
        Message = Describe(findings, resolution.Note, notInForce, Recognised(resolution, structure)),
        KbVersion = knowledgeBase.Version,
        Scope = Scope,
        Record = record,
    };

    // A name read as a misspelling names no listed substance: what the nearest name's substance would be is reported, each
    // finding marked for review, so the answer is a lead ("suspect") and the message says how the name was read.
    private CheckResult AsMisreading(CheckResult result, string misreading)
    {
        if (result.Status == CheckStatus.Unresolved)
        {
            return result with { Message = $"{result.Message}; {misreading}" };
        }

        var review = $"review: {misreading}; confirm the substance before relying on this finding";
        var findings = result.Findings.Select(f => f with { Review = f.Review is null ? review : $"{f.Review}; {review}" }).ToList();
        var message = result.Message;
        if (result.Status == CheckStatus.Controlled)
        {
            const string controlled = "controlled: ";
            message = $"suspect (a lead, not a finding of control): if the name is a misspelling, {message[controlled.Length..]}";
        }

        return result with
        {
            Status = StatusOf(findings),
            Findings = findings,
            Message = message.Contains(misreading, StringComparison.Ordinal) ? message : $"{message}; {misreading}",
        };
    }

    // Answering for a past day, a listing whose start is known only to the year (or not at all) says so.
    private static Finding WithDateCaveat(Finding finding) => finding.Effective switch
    {
        "unconfirmed" => finding with { Match = $"{finding.Match} (effective date unconfirmed: in force on the day asked is assumed)" },
        { Length: < 10 } partial => finding with { Match = $"{finding.Match} (effective date known only as {partial}; counted from its first day)" },
        _ => finding,
    };

    private static CheckStatus StatusOf(IReadOnlyList<Finding> findings) =>
        findings.Any(f => f.Controls) ? CheckStatus.Controlled : findings.Count > 0 ? CheckStatus.Suspect : CheckStatus.Clear;

    // A clear answer names what was recognised and what it was checked against: "clear" never means "nothing recognised".
    private string Describe(IReadOnlyList<Finding> findings, string? note, IReadOnlyList<string> notInForce, string recognised)
    {
        var text = findings.Count == 0
            ? $"{recognised}; not listed in these {Scope.Summary} (knowledge base {knowledgeBase.Version})"
            : (findings.Any(f => f.Controls) ? "controlled: " : "suspect (a lead, not a finding of control): ")
              + string.Join("; ", findings.Select(f => $"{f.Jurisdiction} {f.List} ({f.Substance}{(f.Review is null ? "" : ", review")})").Distinct());
        if (notInForce.Count > 0)
        {
            text += $"; not in force on {Scope.AsOf:yyyy-MM-dd}: " + string.Join("; ", notInForce.Distinct());
        }

        return note is null ? text : $"{text}; {note}";
    }

    private static string Recognised(Resolution.Resolution resolution, StructureSummary? structure)
    {
        var how = resolution.Kind switch
        {
            InputKind.Cas => "by CAS RN",
            InputKind.Name => "by name",
            InputKind.Molfile => "from the molfile",
            _ => "from the SMILES",
        };
        return structure is null ? $"recognised {how}" : $"recognised {how} as {structure.Smiles} ({structure.Formula})";
    }

    private CheckResult Unresolved(QueryRecord record, InputKind? kind, string message) => new()
    {
        Query = record.Text,
        InputKind = kind,
        Status = CheckStatus.Unresolved,
        Structure = null,
        Findings = [],
        Message = message,
        KbVersion = knowledgeBase.Version,
        Scope = Scope,
        Record = record,
    };

    private static string DescribeFragment(string smiles) => smiles switch
    {
        "O" => "water (hydrate)",
        "Cl" or "[Cl-]" => "chloride (hydrochloride)",
        "Br" or "[Br-]" => "bromide (hydrobromide)",
        _ => smiles,
    };
}
