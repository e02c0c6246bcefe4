namespace Cordon.Parties.Matching;

/// <summary>Matches parties against watch lists with the scoring model of rules/parties/party-model.json: the name score first
/// (weighted token alignment in which every distinctive token on either side counts), then qualifiers from supporting fields
/// (identifier, country, date of birth, gender, address, entity type), then caps (weak alias, very common personal name).
/// Built once per list: a token inverted index, a typo index of one-letter deletions, an identifier index.</summary>
public sealed class PartyMatcher
{
    private readonly PartyModel _model;
    private readonly WatchListEntry[] _entries;
    private readonly EntryFacts[] _facts;
    private readonly NameRecord[] _names;
    private readonly Dictionary<string, int> _tokenIds = new(StringComparer.Ordinal);
    private readonly List<double> _tokenWeight = [];
    private readonly List<TokenClass> _tokenClass = [];
    private readonly int[][] _postings;
    private readonly uint[] _pairKeys;
    private readonly int[] _pairNames;
    private readonly uint[] _deleteKeys;
    private readonly int[] _deleteTokens;
    private readonly Dictionary<string, int[]> _identifiers;
    private readonly ThreadLocal<Scratch> _scratch;
    private readonly double _maxWeight;
    private readonly double _typoMin;
    private readonly double _typoTwo;
    private readonly double _genericFactor;
    private readonly double _placeFactor;
    private readonly double _maxBoost;
    private string[] _tokenText = [];

    /// <summary>Indexes every name and alias of the entries with the default model; vessels and aircraft are left out, as trade
    /// parties are companies and people (a ship called "SUNRISE" is no supplier).</summary>
    public PartyMatcher(IEnumerable<WatchListEntry> entries) : this(entries, PartyModel.Default)
    {
    }

    /// <summary>Indexes the entries with <paramref name="model"/>.</summary>
    public PartyMatcher(IEnumerable<WatchListEntry> entries, PartyModel model)
    {
        _model = model;
        _maxWeight = model.Setting("max_token_weight");
        _typoMin = model.Setting("typo_min_length");
        _typoTwo = model.Setting("typo_two_edits_min_length");
        _genericFactor = 1 - model.Setting("unmatched_generic_penalty");
        _placeFactor = 1 - model.Setting("unmatched_place_penalty");
        _maxBoost = model.Weight("country_match") + model.Weight("dob_match") + model.Weight("address_match");
        _entries = entries.Where(e => e.Type is not ("vessel" or "aircraft")).ToArray();
        _facts = new EntryFacts[_entries.Length];
        var names = new List<NameRecord>();
        var postings = new List<List<int>>();
        var joined = new List<(uint Key, int Name)>();
        var rawStrings = new Dictionary<string, string>(StringComparer.Ordinal);
        var identifiers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var sharedCountries = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var e = 0; e < _entries.Length; e++)
        {
            var entry = _entries[e];
            _facts[e] = EntryFacts.Of(entry, sharedCountries);
            foreach (var identifier in entry.Identifiers.Where(i => i.Key.Length >= 5))
            {
                AddTo(identifiers, identifier.Key, e);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in entry.Names)
            {
                var normalized = PartyNameNormalizer.Normalize(name.Name);
                if (normalized.Tokens.Count == 0 || !seen.Add(string.Join(' ', normalized.Tokens)))
                {
                    continue;
                }

                var ids = normalized.Tokens.Select(t => Intern(t, postings)).ToArray();
                var index = names.Count;
                // Raw tokens are shared strings (mostly the token itself): a large list must not hold a copy per name.
                var same = normalized.Raw.SequenceEqual(normalized.Tokens, StringComparer.Ordinal);
                var raw = same ? null : normalized.Raw.Select((r, i) => r == normalized.Tokens[i] ? _tokenText[ids[i]] : rawStrings.TryGetValue(r, out var shared) ? shared : rawStrings[r] = r).ToArray();
                names.Add(new NameRecord(e, name, ids, raw));
                foreach (var id in ids.Distinct())
                {
                    postings[id].Add(index);
                }

                // "Pharma Chem" in the list is also found by "pharmachem", and the reverse (checked in the alignment).
                for (var i = 0; i + 1 < normalized.Raw.Count; i++)
                {
                    joined.Add((Hash(normalized.Raw[i] + normalized.Raw[i + 1], -1), index));
                }
            }
        }

        _names = names.ToArray();
        _postings = postings.Select(p => p.ToArray()).ToArray();
        joined.Sort((a, b) => a.Key.CompareTo(b.Key));
        _pairKeys = joined.Select(p => p.Key).ToArray();
        _pairNames = joined.Select(p => p.Name).ToArray();
        _identifiers = identifiers.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

        var total = Math.Max(1, _names.Length);
        for (var id = 0; id < _tokenWeight.Count; id++)
        {
            _tokenWeight[id] = _tokenClass[id] == TokenClass.Distinctive
                ? Math.Min(_maxWeight, Math.Log(1 + (total / (double)_postings[id].Length)))
                : model.Setting("generic_token_weight");
        }

        for (var n = 0; n < _names.Length; n++)
        {
            _names[n].Weight = _names[n].Tokens.Sum(t => _tokenWeight[t]);
        }

        (_deleteKeys, _deleteTokens) = BuildDeletes();
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(_names.Length));
        Entries = _entries.Length;
    }

    /// <summary>Number of entries indexed.</summary>
    public int Entries { get; }

    /// <summary>The scoring model in use.</summary>
    public PartyModel Model => _model;

    /// <summary>"algorithm@version" of the model, as results carry it.</summary>
    public string Algorithm => $"{_model.Algorithm}@{_model.Version}";

    /// <summary>Candidates at or above review for a name (the country, given as a code or name, when known).</summary>
    /// <exception cref="ArgumentException">The country is none known: it is refused, not ignored.</exception>
    public IReadOnlyList<PartyMatch> Match(string party, string? country = null, string? address = null, string? identifier = null) =>
        Match(new PartyQuery(party) { Country = KnownCountry(country), Address = address, Identifier = identifier });

    /// <summary>The country a code or name stands for; null for none given.</summary>
    /// <exception cref="ArgumentException">The text names no country.</exception>
    public static Country? KnownCountry(string? country) =>
        string.IsNullOrWhiteSpace(country) ? null : Countries.Find(country) ?? throw new ArgumentException($"unknown country '{country}'", nameof(country));

    /// <summary>Candidates at or above review, best first, one per entry (its best-matching name), each with the feature vector.</summary>
    public IReadOnlyList<PartyMatch> Match(PartyQuery query)
    {
        var normalized = PartyNameNormalizer.Normalize(query.Name);
        var identifierKey = query.Identifier is null ? null : PartyIdentifier.KeyOf(query.Identifier);
        var identified = identifierKey is { Length: >= 5 } && _identifiers.TryGetValue(identifierKey, out var byId) ? byId : [];
        if (normalized.Tokens.Count == 0 && identified.Length == 0)
        {
            return [];
        }

        var q = QueryTokens(normalized);
        var kind = query.Kind != PartyKind.Unknown ? query.Kind
            : normalized.HasLegalForm || q.Any(t => t.Class == TokenClass.Generic) ? PartyKind.Company : PartyKind.Unknown;
        var kindFromWords = query.Kind == PartyKind.Unknown && kind == PartyKind.Company;
        var scratch = _scratch.Value!;
        var candidates = Candidates(q, normalized, scratch);

        // The best-aligned name of each entry (a weak alias counted at its weight), then qualifiers once per entry.
        var aligned = new Dictionary<int, (NameRecord Name, Alignment Alignment, double Rank)>();
        var weakWeight = _model.Weight("weak_alias");
        foreach (var index in candidates)
        {
            var name = _names[index];
            var alignment = Align(q, name, explain: false);
            // On a tie the primary name wins: it is the list's own spelling of the party.
            var rank = (alignment.Score * (name.Name.Kind == "weak aka" ? weakWeight : 1)) + (name.Name.Kind == "primary" ? 1e-9 : 0);
            if (alignment.Score + MaxBoost() < _model.ReviewThreshold && !identified.Contains(name.Entry))
            {
                continue;
            }

            if (!aligned.TryGetValue(name.Entry, out var previous) || previous.Rank < rank)
            {
                aligned[name.Entry] = (name, alignment, rank);
            }
        }

        var best = new Dictionary<int, PartyMatch>();
        foreach (var (entry, (name, alignment, _)) in aligned)
        {
            if (Qualify(query, normalized, kind, kindFromWords, name, Align(q, name), identifierKey) is { } match)
            {
                best[entry] = match;
            }
        }

        // An identifier the entry carries decides even when the name reads differently.
        foreach (var e in identified.Where(e => !best.ContainsKey(e)))
        {
            var name = _names.First(n => n.Entry == e);
            var match = Qualify(query, normalized, kind, kindFromWords, name, Align(q, name), identifierKey);
            if (match is not null)
            {
                best[e] = match;
            }
        }

        return best.Values.OrderByDescending(m => m.Score).ThenBy(m => m.Entry.Id, StringComparer.Ordinal).ToList();
    }

    // The names worth scoring: those sharing a distinctive token (exactly, by a typo, or as a split or joined form) whose best
    // possible name score could still reach review. Prefix filtering: Dice can reach t only with a matched weight of at least
    // t x Q / (2 - t), so a name that meets none of the heaviest tokens making up the rest of that is never found through the
    // lighter ones alone; the lighter tokens only add to names already found.
    private List<int> Candidates(QueryToken[] q, NormalizedName normalized, Scratch scratch)
    {
        var touched = scratch.Touched;
        touched.Clear();
        var bound = scratch.Bound;
        var review = _model.ReviewThreshold - MaxBoost();
        var queryWeight = q.Sum(t => t.Weight);
        var genericWeight = q.Where(t => t.Class != TokenClass.Distinctive).Sum(t => t.Weight);

        // Blocking uses the distinctive tokens; a name made only of generic words ("Global United Biotechnology") blocks on them all,
        // and the bound below keeps only names that are generic words too.
        var onlyGeneric = !q.Any(t => t.Class == TokenClass.Distinctive);
        var blocking = q.Where(t => (t.Class == TokenClass.Distinctive || onlyGeneric) && t.Text.Length >= 2).OrderByDescending(t => t.Weight).ToList();
        var needed = review * queryWeight / (2 - review);
        var rest = blocking.Sum(t => t.Weight) + (onlyGeneric ? 0 : genericWeight);
        foreach (var token in blocking)
        {
            // Once the tokens still to come weigh less than a match needs, they can only add to names already found.
            var opens = rest >= needed;
            rest -= token.Weight;
            if (token.Id >= 0)
            {
                Touch(_postings[token.Id], token.Weight, bound, touched, opens);
            }

            foreach (var similar in SimilarTokens(token.Text, token.Id))
            {
                Touch(_postings[similar], Math.Min(token.Weight, _tokenWeight[similar]), bound, touched, opens);
            }

            // Split and joined forms change how much each side weighs, so no bound holds for them: such names are always scored.
            foreach (var index in Pairs(Hash(token.Raw, -1)))
            {
                Touch([index], AlwaysScore, bound, touched, opens: true);
            }
        }

        for (var i = 0; i + 1 < q.Length; i++)
        {
            if (_tokenIds.TryGetValue(normalized.Raw[i] + normalized.Raw[i + 1], out var joinedId))
            {
                Touch(_postings[joinedId], AlwaysScore, bound, touched, opens: true);
            }
        }

        // The typo index holds one-letter deletions, so it finds words one edit apart; a long word two edits from a listed one
        // ("kradumpom", "kradumporn") is met only in the alignment, so its weight stays possible for every name found otherwise.
        var twoEdits = blocking.Where(t => t.Class == TokenClass.Distinctive && t.Text.Length >= _typoTwo).Sum(t => t.Weight);
        var result = new List<int>();
        foreach (var index in touched)
        {
            var upper = 2 * Math.Min(queryWeight, bound[index] + (onlyGeneric ? 0 : genericWeight) + twoEdits) / (queryWeight + _names[index].Weight);
            if (upper >= review)
            {
                result.Add(index);
            }

            bound[index] = 0;
        }

        return result;
    }

    // The names holding an adjacent pair whose joined form hashes to `key` (checked exactly in the alignment).
    private IEnumerable<int> Pairs(uint key)
    {
        var at = Array.BinarySearch(_pairKeys, key);
        if (at < 0)
        {
            yield break;
        }

        while (at > 0 && _pairKeys[at - 1] == key)
        {
            at--;
        }

        for (; at < _pairKeys.Length && _pairKeys[at] == key; at++)
        {
            yield return _pairNames[at];
        }
    }

    private const double AlwaysScore = 1e9;

    private static void Touch(int[] names, double weight, double[] bound, List<int> touched, bool opens)
    {
        foreach (var index in names)
        {
            if (bound[index] == 0)
            {
                if (!opens)
                {
                    continue;
                }

                touched.Add(index);
            }

            bound[index] += weight;
        }
    }

    private double MaxBoost() => _maxBoost;

    private QueryToken[] QueryTokens(NormalizedName normalized)
    {
        var tokens = new QueryToken[normalized.Tokens.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            var text = normalized.Tokens[i];
            var id = _tokenIds.GetValueOrDefault(text, -1);
            var cls = ClassOf(text);
            var weight = id >= 0 ? _tokenWeight[id] : cls == TokenClass.Distinctive ? _maxWeight : _model.Setting("generic_token_weight");
            tokens[i] = new QueryToken(text, normalized.Raw[i], id, weight, cls);
        }

        return tokens;
    }

    // Weighted Dice over tokens, 2 x matched / (query + name), times a penalty for every generic or place word left unmatched on
    // either side. A query token meets the same token, a split or joined form of it, or a typo of it (one edit in five letters or
    // more, two in nine or more): "chapo" and "chapito" are two edits apart in five letters, so two names.
    private Alignment Align(QueryToken[] q, in NameRecord name) => Align(q, name, explain: true);

    // Without `explain`, only the score is computed (no pieces, no word lists): that is what every candidate costs.
    private Alignment Align(QueryToken[] q, in NameRecord name, bool explain)
    {
        var tokens = name.Tokens;
        Span<bool> used = stackalloc bool[tokens.Length];
        Span<bool> queryUsed = stackalloc bool[q.Length];
        var pieces = explain ? new List<ScorePiece>() : null;
        double matched = 0;

        // A split or joined form is one token: it weighs as the side where it is one word says, on both sides.
        double queryAdjust = 0, nameAdjust = 0;
        for (var i = 0; i < q.Length; i++)
        {
            if (q[i].Id < 0)
            {
                continue;
            }

            for (var j = 0; j < tokens.Length; j++)
            {
                if (!used[j] && tokens[j] == q[i].Id)
                {
                    used[j] = queryUsed[i] = true;
                    matched += q[i].Weight;
                    pieces?.Add(new ScorePiece(q[i].Text, q[i].Text, q[i].Weight, 1));
                    break;
                }
            }
        }

        for (var i = 0; i < q.Length; i++)
        {
            if (queryUsed[i])
            {
                continue;
            }

            // "pharma chem" in the query, "pharmachem" in the list.
            if (i + 1 < q.Length && !queryUsed[i + 1])
            {
                var j = JoinedAt(name, used, q[i].Raw, q[i + 1].Raw);
                if (j >= 0)
                {
                    used[j] = queryUsed[i] = queryUsed[i + 1] = true;
                    var w = _tokenWeight[tokens[j]];
                    matched += w;
                    queryAdjust += w - q[i].Weight - q[i + 1].Weight;
                    pieces?.Add(new ScorePiece($"{q[i].Raw} {q[i + 1].Raw}", RawAt(name, j), w, 1));
                    continue;
                }
            }

            // "pharmachem" in the query, "pharma chem" in the list.
            var split = SplitAt(name, used, q[i].Raw);
            if (split >= 0)
            {
                used[split] = used[split + 1] = queryUsed[i] = true;
                var both = _tokenWeight[tokens[split]] + _tokenWeight[tokens[split + 1]];
                matched += q[i].Weight;
                nameAdjust += q[i].Weight - both;
                pieces?.Add(new ScorePiece(q[i].Raw, $"{RawAt(name, split)} {RawAt(name, split + 1)}", q[i].Weight, 1));
                continue;
            }

            var (at, similarity) = ClosestToken(q[i].Text, name, used);
            if (at >= 0)
            {
                used[at] = queryUsed[i] = true;
                var weight = Math.Min(q[i].Weight, _tokenWeight[tokens[at]]);
                matched += weight * similarity;
                pieces?.Add(new ScorePiece(q[i].Text, _tokenText[tokens[at]], weight, similarity));
            }
        }

        // The weight of each side as compared: a joined pair counts once on the side where it is one token.
        var queryWeight = queryAdjust;
        var penalty = 1.0;
        var distinctiveMatched = 0;
        var unmatched = explain ? new List<string>() : null;
        for (var i = 0; i < q.Length; i++)
        {
            queryWeight += q[i].Weight;
            if (!queryUsed[i])
            {
                penalty *= Penalty(q[i].Class);
                unmatched?.Add(q[i].Text);
            }
            else if (q[i].Class == TokenClass.Distinctive)
            {
                distinctiveMatched++;
            }
        }

        for (var j = 0; j < tokens.Length; j++)
        {
            if (!used[j])
            {
                penalty *= Penalty(_tokenClass[tokens[j]]);
                unmatched?.Add(_tokenText[tokens[j]]);
            }
        }

        var nameWeight = name.Weight + nameAdjust;
        var dice = queryWeight + nameWeight <= 0 ? 0 : Math.Min(1, 2 * matched / (queryWeight + nameWeight));
        return new Alignment(dice * penalty, (IReadOnlyList<ScorePiece>?)pieces ?? [], distinctiveMatched, (IReadOnlyList<string>?)unmatched ?? []);
    }

    private string RawAt(in NameRecord name, int j) => name.Raw?[j] ?? _tokenText[name.Tokens[j]];

    private int JoinedAt(in NameRecord name, Span<bool> used, string first, string second)
    {
        for (var j = 0; j < name.Tokens.Length; j++)
        {
            var raw = RawAt(name, j);
            if (!used[j] && raw.Length == first.Length + second.Length && raw.StartsWith(first, StringComparison.Ordinal) && raw.EndsWith(second, StringComparison.Ordinal))
            {
                return j;
            }
        }

        return -1;
    }

    private int SplitAt(in NameRecord name, Span<bool> used, string joined)
    {
        for (var k = 0; k + 1 < name.Tokens.Length; k++)
        {
            var (a, b) = (RawAt(name, k), RawAt(name, k + 1));
            if (!used[k] && !used[k + 1] && a.Length + b.Length == joined.Length && joined.StartsWith(a, StringComparison.Ordinal) && joined.EndsWith(b, StringComparison.Ordinal))
            {
                return k;
            }
        }

        return -1;
    }

    private double Penalty(TokenClass cls) => cls switch
    {
        TokenClass.Generic => _genericFactor,
        TokenClass.Place => _placeFactor,
        _ => 1,
    };

    private (int At, double Similarity) ClosestToken(string q, in NameRecord name, Span<bool> used)
    {
        var at = -1;
        var best = 0.0;
        for (var j = 0; j < name.Tokens.Length; j++)
        {
            if (used[j])
            {
                continue;
            }

            var similarity = TypoSimilarity(q, _tokenText[name.Tokens[j]]);
            if (similarity > best)
            {
                best = similarity;
                at = j;
            }
        }

        return (at, best);
    }

    // One edit in a word of five letters or more, two in nine or more; anything else is another word.
    private double TypoSimilarity(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < _typoMin || Math.Abs(a.Length - b.Length) > 2)
        {
            return 0;
        }

        // Each edit costs its share of the longer word: one letter in five is 0.8, one in ten 0.9.
        var allowed = shorter >= _typoTwo ? 2 : 1;
        if (Math.Abs(a.Length - b.Length) > allowed)
        {
            return 0;
        }

        var distance = EditDistance(a, b, allowed);
        return distance <= allowed ? 1 - (distance / (double)Math.Max(a.Length, b.Length)) : 0;
    }

    private PartyMatch? Qualify(PartyQuery query, NormalizedName normalized, PartyKind kind, bool kindFromWords, NameRecord name,
        Alignment alignment, string? identifierKey)
    {
        var entry = _entries[name.Entry];
        var facts = _facts[name.Entry];
        var explanation = new List<string> { $"matched {name.Name.Kind} name '{name.Name.Name}' (name score {alignment.Score:0.00})" };
        var flags = new List<string>();
        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var feature in _model.Features)
        {
            features[feature.Name] = 0;
        }

        features["name"] = Math.Round(alignment.Score, 3);
        if (normalized.Dropped.Count > 0)
        {
            explanation.Add($"legal forms ignored: {string.Join(", ", normalized.Dropped.Distinct())}");
        }

        if (alignment.Unmatched.Count > 0)
        {
            explanation.Add($"unmatched words lower the score: {string.Join(", ", alignment.Unmatched)}");
        }

        if (normalized.Disguises.Count > 0)
        {
            flags.Add("obfuscated-name");
            explanation.Add($"the name is disguised: {string.Join("; ", normalized.Disguises)}");
        }

        if (normalized.Transliterated)
        {
            flags.Add("transliterated");
            explanation.Add("letters of another script transliterated to Latin (AnyAscii)");
        }

        var score = alignment.Score;
        var weak = name.Name.Kind == "weak aka";
        if (weak)
        {
            var reduced = score * _model.Weight("weak_alias");
            features["weak_alias"] = Math.Round(reduced - score, 3);
            score = reduced;
            flags.Add("weak-alias");
        }

        var entryKind = entry.Type == "individual" ? PartyKind.Person : PartyKind.Company;
        if (kind != PartyKind.Unknown && kind != entryKind)
        {
            // A company does not match a person on one token, nor a person a company.
            if (alignment.DistinctiveMatched < 2 && !Identified(facts, identifierKey))
            {
                return null;
            }

            if (!query.KindIsHint)
            {
                features["type_mismatch"] = _model.Weight("type_mismatch");
                score += _model.Weight("type_mismatch");
                explanation.Add($"a {(kind == PartyKind.Company ? "company" : "person")}{(kindFromWords ? " by its words" : "")} against a listed {(entryKind == PartyKind.Person ? "person" : "company")} ({_model.Weight("type_mismatch"):+0.00;-0.00})");
            }
        }

        var confirmed = false;
        if (Identified(facts, identifierKey))
        {
            var floor = _model.Weight("identifier");
            // The identifier feature reports the floor it applied (it decides rather than adds).
            features["identifier"] = floor;
            score = Math.Max(score, floor);
            confirmed = true;
            flags.Add("identifier");
            var listed = entry.Identifiers.First(i => i.Key == identifierKey);
            explanation.Add($"identifier {query.Identifier} is the entry's {listed.Kind} {listed.Value}{(listed.Country is null ? "" : $" ({listed.Country})")}: decisive");
        }
        else if (query.Identifier is not null && entry.Identifiers.Count > 0)
        {
            features["identifier_mismatch"] = _model.Weight("identifier_mismatch");
            explanation.Add($"identifier {query.Identifier} is none of the entry's ({string.Join(", ", entry.Identifiers.Select(i => i.Kind).Distinct())}) ({_model.Weight("identifier_mismatch"):+0.00;-0.00})");
        }

        if (query.Country is { } country && facts.Countries.Length > 0)
        {
            if (Array.IndexOf(facts.Countries, country.Alpha2) >= 0)
            {
                features["country_match"] = _model.Weight("country_match");
                explanation.Add($"country {country.Name} agrees ({_model.Weight("country_match"):+0.00})");
            }
            else
            {
                features["country_mismatch"] = _model.Weight("country_mismatch");
                explanation.Add($"country {country.Name} is none of the entry's ({string.Join(", ", entry.Countries)}) ({_model.Weight("country_mismatch"):+0.00;-0.00})");
            }
        }

        if (query.BirthDate is { } dob && entry.BirthDates.Count > 0)
        {
            var outcomes = entry.BirthDates.Select(d => d.CompareTo(dob)).ToList();
            var feature = outcomes.Contains(BirthDateComparison.Agrees) ? "dob_match"
                : outcomes.Contains(BirthDateComparison.DayDisjoint) ? "dob_day_disjoint" : "dob_year_disjoint";
            features[feature] = _model.Weight(feature);
            confirmed |= feature == "dob_match";
            explanation.Add($"date of birth {dob.Text} {(feature == "dob_match" ? "agrees with" : "differs from")} {string.Join(", ", entry.BirthDates.Select(d => d.Text))} ({_model.Weight(feature):+0.00;-0.00})");
        }

        if (query.Gender is { } gender && entry.Gender is { } listedGender && !string.Equals(gender, listedGender, StringComparison.OrdinalIgnoreCase))
        {
            features["gender_mismatch"] = _model.Weight("gender_mismatch");
            explanation.Add($"gender {gender} differs from the entry's {listedGender} ({_model.Weight("gender_mismatch"):+0.00;-0.00})");
        }

        if (query.Address is { } address && AddressAgrees(entry, address) is { } place)
        {
            features["address_match"] = _model.Weight("address_match");
            explanation.Add($"address agrees ('{place}', {_model.Weight("address_match"):+0.00})");
        }

        foreach (var f in new[] { "identifier_mismatch", "country_match", "country_mismatch", "dob_match", "dob_year_disjoint", "dob_day_disjoint", "gender_mismatch", "address_match" })
        {
            score += features[f];
        }

        score = Math.Clamp(score, 0, 1);
        var tier = score >= _model.MatchThreshold ? MatchTier.Match : score >= _model.ReviewThreshold ? MatchTier.Review : MatchTier.None;
        if (tier == MatchTier.Match && weak && !confirmed)
        {
            tier = MatchTier.Review;
            explanation.Add("a weak a.k.a. alone is at most review: confirm with date of birth or an identifier");
        }

        if (tier != MatchTier.None && !confirmed && entryKind == PartyKind.Person && (kind != PartyKind.Company || query.KindIsHint) && IsCommonName(alignment, name))
        {
            flags.Add("common-name");

            // A very common name says little; a date of birth or country that disagrees then says it is someone else.
            var contrary = features["dob_day_disjoint"] + features["dob_year_disjoint"] + features["country_mismatch"] + features["gender_mismatch"] + features["identifier_mismatch"] < 0;
            if (contrary)
            {
                explanation.Add("very common personal name, and a supporting field disagrees: another person");
                return null;
            }

            if (tier == MatchTier.Match)
            {
                tier = MatchTier.Review;
                explanation.Add("very common personal name: at most review on name alone; confirm with date of birth or nationality");
            }
        }

        if (tier == MatchTier.None)
        {
            return null;
        }

        explanation.Add("score pieces: " + string.Join("; ", alignment.Pieces));
        return new PartyMatch
        {
            Entry = entry,
            MatchedName = name.Name,
            Score = Math.Round(tier == MatchTier.Review ? Math.Min(score, _model.MatchThreshold - 0.01) : score, 3),
            Tier = tier,
            Algorithm = Algorithm,
            Features = _model.Features.Select(f => new FeatureValue(f.Name, Math.Round(features[f.Name], 3))).ToList(),
            Pieces = alignment.Pieces,
            Explanation = explanation,
            Flags = flags,
        };
    }

    private static bool Identified(EntryFacts facts, string? key) => key is { Length: >= 5 } && Array.IndexOf(facts.IdentifierKeys, key) >= 0;

    // A name made only of very common surnames and given names, with a surname among them: on name alone it could be anyone.
    private bool IsCommonName(Alignment alignment, NameRecord name)
    {
        var tokens = name.Tokens.Select(t => _tokenText[t]).ToList();
        return tokens.Count <= 3 && tokens.Any(_model.CommonSurnames.Contains)
            && tokens.All(t => _model.CommonSurnames.Contains(t) || _model.CommonGivenNames.Contains(t) || ClassOf(t) != TokenClass.Distinctive)
            && alignment.Score > 0;
    }

    // A word of four letters or more of the given address that also stands in one of the entry's addresses.
    private static string? AddressAgrees(WatchListEntry entry, string address)
    {
        var words = PartyNameNormalizer.Tokens(address).Tokens.Where(w => w.Length >= 4 && !w.All(char.IsDigit)).ToList();
        foreach (var listed in entry.Addresses)
        {
            var listedWords = PartyNameNormalizer.Tokens(listed).Tokens.ToHashSet(StringComparer.Ordinal);
            if (words.FirstOrDefault(listedWords.Contains) is { } shared)
            {
                return shared;
            }
        }

        return null;
    }

    private TokenClass ClassOf(string token) =>
        _model.GenericWords.Contains(token) ? TokenClass.Generic : _model.PlaceWords.Contains(token) ? TokenClass.Place : TokenClass.Distinctive;

    private int Intern(string token, List<List<int>> postings)
    {
        if (_tokenIds.TryGetValue(token, out var id))
        {
            return id;
        }

        id = _tokenIds.Count;
        _tokenIds[token] = id;
        _tokenWeight.Add(0);
        _tokenClass.Add(ClassOf(token));
        postings.Add([]);
        if (id >= _tokenText.Length)
        {
            Array.Resize(ref _tokenText, Math.Max(_tokenText.Length * 2, 16));
        }

        _tokenText[id] = token;
        return id;
    }

    // The typo index: for each distinctive token of five letters or more, itself and each one-letter deletion, hashed, sorted.
    // Two tokens one edit apart (a substitution, insertion, deletion or transposition) share a key; the edit distance is then checked.
    private (uint[] Keys, int[] Tokens) BuildDeletes()
    {
        var pairs = new List<(uint Key, int Token)>();
        var minimum = (int)_model.Setting("typo_min_length");
        foreach (var (token, id) in _tokenIds)
        {
            if (token.Length < minimum || _tokenClass[id] != TokenClass.Distinctive)
            {
                continue;
            }

            foreach (var key in DeleteKeys(token))
            {
                pairs.Add((key, id));
            }
        }

        pairs.Sort((a, b) => a.Key.CompareTo(b.Key));
        return (pairs.Select(p => p.Key).ToArray(), pairs.Select(p => p.Token).ToArray());
    }

    private static IEnumerable<uint> DeleteKeys(string token)
    {
        yield return Hash(token, -1);
        for (var i = 0; i < token.Length; i++)
        {
            yield return Hash(token, i);
        }
    }

    // FNV-1a of the token with the character at `skip` left out.
    private static uint Hash(string token, int skip)
    {
        var hash = 2166136261u;
        for (var i = 0; i < token.Length; i++)
        {
            if (i != skip)
            {
                hash = (hash ^ token[i]) * 16777619u;
            }
        }

        return hash;
    }

    private IEnumerable<int> SimilarTokens(string token, int self)
    {
        if (token.Length < _typoMin)
        {
            yield break;
        }

        var found = new HashSet<int>();
        foreach (var key in DeleteKeys(token))
        {
            var at = Array.BinarySearch(_deleteKeys, key);
            if (at < 0)
            {
                continue;
            }

            while (at > 0 && _deleteKeys[at - 1] == key)
            {
                at--;
            }

            for (; at < _deleteKeys.Length && _deleteKeys[at] == key; at++)
            {
                var candidate = _deleteTokens[at];
                if (candidate != self && found.Add(candidate) && TypoSimilarity(token, _tokenText[candidate]) > 0)
                {
                    yield return candidate;
                }
            }
        }
    }

    // Optimal string alignment distance (adjacent transpositions count one), stopping once past `limit`.
    private static int EditDistance(string a, string b, int limit)
    {
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 768 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }

    private static void AddTo(Dictionary<string, List<int>> map, string key, int value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != value)
        {
            list.Add(value);
        }
    }
}
