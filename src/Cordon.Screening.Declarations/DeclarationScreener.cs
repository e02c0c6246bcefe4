using Cordon.Chemistry;
using Cordon.Parties.Matching;
using Cordon.Regulation;
using Cordon.Screening.Declarations.Extraction;
using Cordon.Screening.Extraction;
using Cordon.Screening.Risk;
using Cordon.Text;

namespace Cordon.Screening.Declarations;

/// <summary>Screens one declaration: finds the chemistry in its description and CAS column, checks it, compares the HS code,
/// and scores the risk from named, weighted features. Thread-safe; never throws for a bad row.</summary>
public sealed class DeclarationScreener
{
    private const double BulkKilograms = 1000;
    private const int CacheLimit = 50_000;

    private readonly KnowledgeBase _knowledgeBase;
    private readonly ChemicalChecker _checker;
    private readonly ChemicalExtractor _extractor;
    private readonly BoundedCache<(InputKind, string), CheckResult> _checks = new(CacheLimit);
    private readonly BoundedCache<(InputKind, string, string), CheckResult> _misreadChecks = new(CacheLimit);
    private readonly BoundedCache<string, bool> _fentanylChain = new(CacheLimit, StringComparer.Ordinal);
    private readonly IReadOnlyList<SubstructureQuery> _chainCores;

    private readonly PartyScreener? _parties;

    /// <summary>The supplier network a row's parties are looked up in (a designee one or two links away, a shared contact
    /// detail); null for none.</summary>
    public Cordon.Network.Risk.NetworkRisk? Network { get; init; }

    /// <summary>A screener for declarations; with <paramref name="parties"/>, shipper, consignee and notify party are matched
    /// against watch lists too. Column names come from each record's own column map.</summary>
    public DeclarationScreener(ChemicalChecker checker, ChemicalExtractor extractor, PartyScreener? parties = null)
    {
        _parties = parties;
        _checker = checker;
        _knowledgeBase = checker.KnowledgeBase;
        _extractor = extractor;
        _chainCores = _knowledgeBase.Definitions.Where(d => d.Definition.IsAnalogueAlert).Select(d => d.Core).ToList();
    }

    /// <summary>Screens one row; a failure inside comes back as an error row for that row alone.</summary>
    public DeclarationResult Screen(DeclarationRecord record)
    {
        try
        {
            return ScreenRow(record);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ScreenRow(record with { Error = $"row {record.Row} (line {record.Line}): internal error ({e.GetType().Name}: {e.Message})" });
        }
    }

    private DeclarationResult ScreenRow(DeclarationRecord record)
    {
        if (record.Error is not null)
        {
            return new DeclarationResult
            {
                Record = record, Status = DeclarationStatus.Error, Risk = RiskLevel.None, Score = 0, Evidence = [], KbVersion = _knowledgeBase.Version, Scope = _checker.Scope,
            };
        }

        var evidence = new List<Evidence>();
        if (record[DeclarationField.Description] is null && record[DeclarationField.Cas] is null)
        {
            evidence.Add(new Evidence
            {
                Column = Column(record, DeclarationField.Description), Text = "", Rule = "no-description", Feature = RiskFeatures.Unclassified.Name,
                Weight = RiskFeatures.Unclassified.Weight, Explanation = "no goods description or CAS RN to screen: nothing here is known to be clear",
            });
        }

        var kilograms = QuantityParser.Kilograms(record[DeclarationField.Quantity]);
        foreach (var field in new[] { DeclarationField.Description, DeclarationField.Cas })
        {
            // Every column that holds the field is screened (an English and a Spanish description, two CAS columns), each finding naming its own.
            foreach (var (column, text) in record.All(field))
            {
                foreach (var mention in _extractor.Extract(text))
                {
                    evidence.Add(FromMention(mention, column, kilograms));
                }
            }
        }

        if (record.SurplusFields > 0)
        {
            evidence.AddRange(MisalignedRowEvidence(record, kilograms));
        }

        evidence.AddRange(GoodsEvidence(record, evidence));
        evidence.AddRange(HsEvidence(record, evidence));
        evidence.AddRange(PartyEvidence(record));
        evidence.AddRange(NetworkEvidence(record));
        evidence.AddRange(DisguisedPartyEvidence(record));
        evidence.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        var score = Math.Round(RiskFeatures.Score(evidence.Select(e => (e.Feature, e.Weight))), 3);
        return new DeclarationResult
        {
            Record = record,
            Status = StatusOf(evidence),
            Risk = score >= 0.8 ? RiskLevel.High : score >= 0.5 ? RiskLevel.Medium : score >= 0.2 ? RiskLevel.Low : RiskLevel.None,
            Score = score,
            Evidence = evidence,
            KbVersion = _knowledgeBase.Version, Scope = _checker.Scope,
        };
    }

    private Evidence FromMention(Mention mention, string column, double? kilograms)
    {
        var check = mention.Query is null ? null : Check(mention.QueryKind, mention.Query);
        var (feature, explanation) = mention.Kind switch
        {
            MentionKind.InvalidCas => (RiskFeatures.InvalidCas, mention.Note ?? "invalid CAS RN"),
            MentionKind.AmbiguousName => (RiskFeatures.AmbiguousName, mention.Note ?? "ambiguous name"),
            MentionKind.UnparsedName => (RiskFeatures.UnparsedName, mention.Note ?? "not parsed"),
            MentionKind.PartialName => (RiskFeatures.PartialName, mention.Note ?? "partial name"),
            MentionKind.DisguisedText => (RiskFeatures.ObfuscatedText, mention.Note ?? "disguised letters"),
            MentionKind.Unread => (RiskFeatures.Unread, mention.Note ?? "not read"),
            _ => Classify(check!, kilograms),
        };
        if (mention.Kind == MentionKind.FuzzyName && check is { Status: CheckStatus.Controlled or CheckStatus.Suspect })
        {
            feature = feature.Weight >= RiskFeatures.Misspelling.Weight ? feature : RiskFeatures.Misspelling;
            // The risk is the substance's the misspelling points to; the verdict is a lead, since no name matched exactly.
            check = MisreadCheck(mention.QueryKind, mention.Query!, mention.Note ?? $"'{mention.Text}' read as a misspelling");
            explanation = $"if it is the name it was read as, {explanation}";
        }

        var how = mention.Note is null ? "" : $" ({mention.Note})";
        return new Evidence
        {
            Column = column,
            Start = mention.Start,
            End = mention.End,
            Text = mention.Text,
            Rule = RuleOf(mention.Kind),
            Feature = feature.Name,
            Weight = feature.Weight,
            Explanation = $"'{mention.Text}'{how}: {explanation}",
            Check = check,
            Percent = mention.Percent,
        };
    }

    private (RiskFeature Feature, string Explanation) Classify(CheckResult check, double? kilograms)
    {
        switch (check.Status)
        {
            case CheckStatus.Controlled:
                var controlling = check.Findings.Where(f => f.Controls).ToList();
                var where = string.Join("; ", controlling.Select(f => $"{f.Jurisdiction} {f.List}").Distinct());
                var substance = controlling[0].Substance;
                if (IsFentanylChain(check))
                {
                    return (RiskFeatures.FentanylChain, $"{substance}, controlled ({where}); fentanyl chain");
                }

                if (controlling.All(f => _knowledgeBase.FindById(f.SubstanceId)?.List?.Routine == true))
                {
                    var bulk = kilograms >= BulkKilograms;
                    var quantity = kilograms is null ? "quantity not stated" : $"{kilograms:0.#} kg";
                    return (bulk ? RiskFeatures.BulkSolvent : RiskFeatures.RoutineSolvent, $"{substance}, a routine solvent or acid ({where}); {quantity}");
                }

                return (RiskFeatures.ControlledPrecursor, $"{substance}, controlled ({where})");
            case CheckStatus.Suspect:
                return (RiskFeatures.Analogue, $"a lead: {check.Message}");
            case CheckStatus.Clear:
                return (new RiskFeature("ordinary-chemical", 0, "an ordinary chemical"), $"{check.Structure?.Formula ?? "identified"}: {check.Message}");
            default:
                return (RiskFeatures.Unclassified, check.Message);
        }
    }

    // More fields than the header has: a delimiter inside a value shifted the columns, so a description's tail may sit in
    // the HS code or quantity column. Every other cell is screened as text too, and the row cannot be clear.
    private IEnumerable<Evidence> MisalignedRowEvidence(DeclarationRecord record, double? kilograms)
    {
        yield return new Evidence
        {
            Column = "row", Text = "", Rule = "misaligned-row", Feature = RiskFeatures.Unread.Name, Weight = RiskFeatures.Unread.Weight,
            Explanation = $"the row has {record.SurplusFields} more field{(record.SurplusFields == 1 ? "" : "s")} than the header (a delimiter inside a value?): " +
                "its columns may be misaligned, so every cell was screened as text",
        };

        var screened = record.All(DeclarationField.Description).Concat(record.All(DeclarationField.Cas)).Select(c => c.Column).ToHashSet();
        foreach (var (column, text) in record.Columns.Where(c => !screened.Contains(c.Key) && c.Value.Length > 0).Select(c => (c.Key, c.Value)))
        {
            foreach (var mention in _extractor.Extract(text).Where(m => m.Kind is not MentionKind.Unread))
            {
                yield return FromMention(mention, column, kilograms);
            }
        }
    }

    // A row that names no chemistry is clear only when its goods are recognisably not chemical: no chemical words and an
    // HS heading outside the chemical chapters. Otherwise it is unresolved, and says why.
    private static IEnumerable<Evidence> GoodsEvidence(DeclarationRecord record, List<Evidence> found)
    {
        if (found.Any(e => e.Rule == "no-description"))
        {
            yield break;
        }

        if (found.Any(e => e.Check is not null))
        {
            foreach (var unaccounted in UnaccountedChemistry(record, found))
            {
                yield return unaccounted;
            }

            yield break;
        }

        var description = TextFolder.FoldToString(string.Join(" | ", record.All(DeclarationField.Description).Select(d => d.Text)));
        var column = Column(record, DeclarationField.Description);
        var digits = record.HsDigits();
        var vague = GoodsWords.VagueDescription(description);
        if (vague is not null)
        {
            yield return new Evidence
            {
                Column = column, Start = vague.Index, End = vague.Index + vague.Length, Text = vague.Value, Rule = "vague-description",
                Feature = RiskFeatures.VagueChemical.Name, Weight = RiskFeatures.VagueChemical.Weight,
                Explanation = $"'{vague.Value}' describes chemical goods without naming them: nothing here is known to be clear",
            };
        }

        if (found.Any(e => e.Rule is "partial-name" or "unread-text"))
        {
            yield break;
        }

        var word = GoodsWords.ChemicalWord(description);
        if (digits.Length >= 2 && GoodsWords.IsChemicalChapter(digits))
        {
            yield return Unnamed(column, record[DeclarationField.HsCode]!, null,
                $"HS {record[DeclarationField.HsCode]} is a chemical heading (chapter {digits[..2]}), but the description names no recognisable chemical");
        }
        else if (word is not null && vague is null)
        {
            yield return Unnamed(column, word.Value, word.Index,
                $"'{word.Value}' describes chemical goods, but the description names no recognisable chemical");
        }
        else if (vague is null && digits.Length < 4)
        {
            yield return new Evidence
            {
                Column = column, Text = description, Rule = "unnamed-chemical", Feature = RiskFeatures.Unclassified.Name, Weight = RiskFeatures.Unclassified.Weight,
                Explanation = "no chemical is named, and there is no HS code to show that the goods are not chemical",
            };
        }
        else if (vague is null)
        {
            yield return new Evidence
            {
                Column = Column(record, DeclarationField.HsCode), Text = record[DeclarationField.HsCode]!, Rule = "not-chemical",
                Feature = "not-chemical", Weight = 0,
                Explanation = $"no chemical named, no chemical words, and HS {record[DeclarationField.HsCode]} is outside the chemical chapters (28, 29, 30, 38)",
            };
        }
    }

    // Chemistry was recognised; a chemical word outside every mention ("Unknownium compound in water") is chemistry nobody
    // read, so the row cannot be clear. Spans are in the original text, so the residual is taken from it.
    private static IEnumerable<Evidence> UnaccountedChemistry(DeclarationRecord record, List<Evidence> found)
    {
        foreach (var (describedIn, text) in record.All(DeclarationField.Description))
        {
            var residual = text.ToCharArray();
            foreach (var e in found.Where(e => e.Column == describedIn && e.Start is not null && e.End <= residual.Length))
            {
                Array.Fill(residual, ' ', e.Start!.Value, e.End!.Value - e.Start.Value);
            }

            if (GoodsWords.UnaccountedChemistry(new string(residual)) is { } unaccounted)
            {
                yield return Unnamed(describedIn, unaccounted.Value, unaccounted.Index,
                    $"'{unaccounted.Value}' says there is chemistry that no recognised name accounts for");
            }
        }
    }

    private static Evidence Unnamed(string column, string text, int? start, string explanation) => new()
    {
        Column = column, Start = start, End = start is null ? null : start + text.Length, Text = text, Rule = "unnamed-chemical",
        Feature = RiskFeatures.UnnamedChemical.Name, Weight = RiskFeatures.UnnamedChemical.Weight, Explanation = explanation,
    };

    private IEnumerable<Evidence> HsEvidence(DeclarationRecord record, List<Evidence> found)
    {
        if (record[DeclarationField.HsCode] is not { } declared)
        {
            yield break;
        }

        var digits = record.HsDigits();
        if (digits.Length < 4)
        {
            yield break;
        }

        var column = Column(record, DeclarationField.HsCode);
        var subheading = digits.Length >= 6 ? $"{digits[..4]}.{digits[4..6]}" : null;
        var heading = digits[..4];
        // A name read as a misspelling of a listed one is a lead, not controlled, but its HS heading is still the listed one's.
        var controlled = found.Where(e => e.Check?.Status == CheckStatus.Controlled
            || (e.Rule == RuleOf(MentionKind.FuzzyName) && e.Check!.Findings.Any(f => f.Basis == FindingBasis.Listed))).ToList();
        if (controlled.Count == 0 && subheading is not null && _knowledgeBase.HsSubheadings.TryGetValue(subheading, out var named) && named.NamesControlled)
        {
            yield return new Evidence
            {
                Column = column, Text = declared, Rule = "hs-code", Feature = RiskFeatures.HsNamesPrecursor.Name, Weight = RiskFeatures.HsNamesPrecursor.Weight,
                Explanation = $"HS {subheading} ({named.Text}) names controlled chemistry, but the description names none",
            };
        }

        foreach (var e in controlled)
        {
            var expected = e.Check!.Findings.Where(f => f.Basis == FindingBasis.Listed)
                .Select(f => _knowledgeBase.FindById(f.SubstanceId)?.HsCode)
                .OfType<string>().Distinct().ToList();
            if (expected.Count > 0 && !expected.Any(x => x[..4] == heading))
            {
                yield return new Evidence
                {
                    Column = column, Text = declared, Rule = "hs-code", Feature = RiskFeatures.HsMismatch.Name, Weight = RiskFeatures.HsMismatch.Weight,
                    Explanation = $"'{e.Text}' is declared under HS {declared}; its heading is {string.Join(" or ", expected)}",
                };
            }
        }
    }

    // A party name disguised with look-alike letters or invisible characters is itself evidence, matched or not.
    private static IEnumerable<Evidence> DisguisedPartyEvidence(DeclarationRecord record)
    {
        foreach (var field in new[] { DeclarationField.Shipper, DeclarationField.Consignee, DeclarationField.NotifyParty })
        {
            if (record[field] is not { } party)
            {
                continue;
            }

            foreach (var alteration in TextFolder.Fold(party).Alterations)
            {
                yield return new Evidence
                {
                    Column = Column(record, field), Start = alteration.Start, End = alteration.End, Text = party[alteration.Start..alteration.End],
                    Rule = "obfuscated-text", Feature = RiskFeatures.ObfuscatedText.Name, Weight = RiskFeatures.ObfuscatedText.Weight,
                    Explanation = $"party name: {alteration.Detail}",
                };
            }
        }
    }

    private IEnumerable<Evidence> PartyEvidence(DeclarationRecord record)
    {
        if (_parties is null)
        {
            yield break;
        }

        var roles = new (DeclarationField Party, DeclarationField Country, DeclarationField? Fallback, DeclarationField Address)[]
        {
            (DeclarationField.Shipper, DeclarationField.ShipperCountry, DeclarationField.Origin, DeclarationField.ShipperAddress),
            (DeclarationField.Consignee, DeclarationField.ConsigneeCountry, DeclarationField.Destination, DeclarationField.ConsigneeAddress),
            (DeclarationField.NotifyParty, DeclarationField.NotifyCountry, null, DeclarationField.NotifyAddress),
        };
        foreach (var (field, countryField, fallback, addressField) in roles)
        {
            if (record[field] is not { } party)
            {
                continue;
            }

            // The party's own country when the declaration has it, else the origin (shipper) or destination (consignee); a value that
            // is no country (a port, a city) is not used. A party on a declaration is a trading party: a company by its role, which
            // keeps one shared token from matching a person, without lowering a person's score.
            var countryText = record[countryField] ?? (fallback is { } f ? record[f] : null);
            var query = new PartyQuery(party)
            {
                Country = Cordon.Parties.Countries.Find(countryText),
                Address = record[addressField],
                Kind = PartyKind.Company,
                KindIsHint = true,
            };
            foreach (var match in _parties.Screen(query).Take(3))
            {
                var stale = match.StaleClearance is { } sc ? $"; cleared by {sc.By} on {sc.At:yyyy-MM-dd}, but the entry changed since: back for review" : "";
                var feature = match.Clearance is not null ? null
                    : match.Tier == MatchTier.Match ? (match.Entry.IsNarcotics ? RiskFeatures.NarcoticsDesignee : RiskFeatures.Designee)
                    : RiskFeatures.PartyReview;
                var cleared = match.Clearance is { } c ? $"; cleared by {c.By} on {c.At:yyyy-MM-dd}{(c.Note is null ? "" : $" ({c.Note})")}" : "";
                yield return new Evidence
                {
                    Column = Column(record, field),
                    Start = 0,
                    End = party.Length,
                    Text = party,
                    Rule = "party-match",
                    Feature = feature?.Name ?? "cleared-party",
                    Weight = feature?.Weight ?? 0,
                    Explanation = $"'{party}' {match.Tier.ToString().ToLowerInvariant()} ({match.Score:0.00}) {match.Entry.List} {match.Entry.Id} " +
                        $"'{match.Entry.Name}' [{string.Join(";", match.Entry.Programs)}] ({match.Algorithm}; " +
                        string.Join(", ", match.Features.Where(f => f.Value != 0).Select(f => $"{f.Name} {f.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}")) +
                        $"): {string.Join("; ", match.Explanation.Take(2))}{cleared}{stale}",
                };
            }
        }
    }

    // A shipper or consignee the supplier network puts near a designee: the feature's weight from the network model, the path
    // as the explanation. One hop or a shared contact detail makes the row a lead (suspect); two hops only weigh.
    private IEnumerable<Evidence> NetworkEvidence(DeclarationRecord record)
    {
        if (Network is null)
        {
            yield break;
        }

        foreach (var (role, field) in new[] { (Cordon.Network.PartyRole.Shipper, DeclarationField.Shipper), (Cordon.Network.PartyRole.Consignee, DeclarationField.Consignee) })
        {
            if (DeclarationParties.Of(record, role) is not { } party)
            {
                continue;
            }

            foreach (var finding in Network.For(party))
            {
                yield return new Evidence
                {
                    Column = Column(record, field), Start = 0, End = party.Name.Length, Text = party.Name,
                    Rule = finding.Feature.Name == "network-designee-two-hops" ? "network-near" : "network-link",
                    Feature = finding.Feature.Name, Weight = finding.Feature.Weight,
                    Explanation = $"{finding.Explanation} ({Network.Network.Model.Id})",
                };
            }
        }
    }

    private CheckResult Check(InputKind kind, string query)
    {
        if (_checks.TryGet((kind, query), out var cached))
        {
            return cached;
        }

        var result = _checker.Check(new QueryRecord(0, query, null, 1, ForcedKind: kind));
        _checks.Add((kind, query), result);

        return result;
    }

    private CheckResult MisreadCheck(InputKind kind, string query, string misreading)
    {
        if (_misreadChecks.TryGet((kind, query, misreading), out var cached))
        {
            return cached;
        }

        var result = _checker.CheckMisreading(new QueryRecord(0, query, null, 1, ForcedKind: kind), misreading);
        _misreadChecks.Add((kind, query, misreading), result);
        return result;
    }

    private bool IsFentanylChain(CheckResult check)
    {
        if (check.Structure is not { } structure)
        {
            return false;
        }

        if (_fentanylChain.TryGet(structure.Smiles, out var known))
        {
            return known;
        }

        bool chain;
        try
        {
            using var molecule = Molecule.FromSmiles(structure.Smiles);
            chain = _chainCores.Any(molecule.HasMatch);
        }
        catch (ChemistryException)
        {
            chain = false;
        }

        _fentanylChain.Add(structure.Smiles, chain);

        return chain;
    }

    private static DeclarationStatus StatusOf(List<Evidence> evidence)
    {
        if (evidence.Any(e => e.Check?.Status == CheckStatus.Controlled))
        {
            return DeclarationStatus.Controlled;
        }

        if (evidence.Any(e => e.Check?.Status == CheckStatus.Suspect || e.Feature == RiskFeatures.AmbiguousName.Name || e.Feature == RiskFeatures.HsNamesPrecursor.Name
            || (e.Rule == "party-match" && e.Weight > 0) || e.Rule == "network-link"))
        {
            return DeclarationStatus.Suspect;
        }

        if (evidence.Any(e => e.Feature == RiskFeatures.ObfuscatedText.Name))
        {
            return DeclarationStatus.Suspect;
        }

        return evidence.Any(e => e.Check?.Status == CheckStatus.Unresolved || e.Rule is "no-description" or "vague-description" or "unnamed-chemical"
                || e.Feature == RiskFeatures.InvalidCas.Name || e.Feature == RiskFeatures.UnparsedName.Name || e.Feature == RiskFeatures.PartialName.Name
                || e.Feature == RiskFeatures.Unread.Name)
            ? DeclarationStatus.Unresolved
            : DeclarationStatus.Clear;
    }

    private static string Column(DeclarationRecord record, DeclarationField field) => record.Map?.HeaderOf(field) ?? field.ToString();

    private static string RuleOf(MentionKind kind) => kind switch
    {
        MentionKind.Cas => "cas-number",
        MentionKind.InvalidCas => "invalid-cas-number",
        MentionKind.Name => "name",
        MentionKind.FuzzyName => "fuzzy-name",
        MentionKind.AmbiguousName => "ambiguous-name",
        MentionKind.SystematicName => "systematic-name",
        MentionKind.PartialName => "partial-name",
        MentionKind.DisguisedText => "obfuscated-text",
        MentionKind.Unread => "unread-text",
        _ => "unparsed-name",
    };
}
