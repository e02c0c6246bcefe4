namespace Cordon.Parties.Matching;

/// <summary>Matches party names against watch lists: token blocking (exact and 4-letter prefix) finds candidates, then a
/// weighted token score (rare words weigh more; generic business and place words little) with supporting fields.</summary>
public sealed class PartyMatcher
{
    /// <summary>Scores at or above this are matches.</summary>
    public const double MatchThreshold = 0.88;

    /// <summary>Scores at or above this are reported for review.</summary>
    public const double ReviewThreshold = 0.70;

    private const double GenericWeight = 0.15;
    private const double FuzzyTokenSimilarity = 0.90;

    // Words that say little about which company it is: trade words and the places suppliers put first.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "chemical", "trading", "international", "technology", "industrial", "import", "export", "global", "group", "holding", "enterprise",
        "development", "science", "pharmaceutical", "general", "commercial", "service", "product", "material", "new", "logistics", "shipping",
        "biotech", "bio", "medical", "manufacturing", "supply", "investment", "investments", "china", "hong", "kong", "shanghai", "beijing",
        "wuhan", "hubei", "nanjing", "jiangsu", "zhejiang", "guangzhou", "guangdong", "shenzhen", "hebei", "henan", "shandong", "tianjin",
        "mexico", "mexicana", "mexicano", "colombia", "asia", "pacific", "america", "world", "union", "united", "east", "west", "north", "south",
        "la", "el", "del", "los", "las", "comercializadora", "importadora", "exportadora", "distribuidora", "industrias", "quimica", "quimicos",
    };

    private readonly List<(WatchListEntry Entry, WatchListName Name, string[] Tokens)> _names = [];
    private readonly Dictionary<string, List<int>> _byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _weight = new(StringComparer.Ordinal);

    /// <summary>Indexes every name and alias of the entries; vessels and aircraft are left out, as trade parties are
    /// companies and people (a ship called "SUNRISE" is no supplier).</summary>
    public PartyMatcher(IEnumerable<WatchListEntry> entries)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Type is not ("vessel" or "aircraft")))
        {
            foreach (var name in entry.Names)
            {
                var tokens = PartyNameNormalizer.Tokens(name.Name).Tokens.ToArray();
                if (tokens.Length == 0)
                {
                    continue;
                }

                var index = _names.Count;
                _names.Add((entry, name, tokens));
                foreach (var token in tokens.Distinct())
                {
                    documentFrequency[token] = documentFrequency.GetValueOrDefault(token) + 1;
                    Add(_byToken, token, index);
                    if (token.Length >= 5)
                    {
                        Add(_byPrefix, token[..4], index);
                    }
                }

                // "Bio Tech" is also found as "biotech", and the reverse.
                for (var i = 0; i + 1 < tokens.Length; i++)
                {
                    Add(_byToken, tokens[i] + tokens[i + 1], index);
                }
            }
        }

        var total = Math.Max(1, _names.Count);
        foreach (var (token, df) in documentFrequency)
        {
            _weight[token] = Generic.Contains(token) ? GenericWeight : Math.Log(1 + (total / (double)df));
        }

        Entries = _names.Select(n => n.Entry).Distinct().Count();
    }

    /// <summary>Number of distinct entries indexed.</summary>
    public int Entries { get; }

    /// <summary>Candidates at or above the review tier, best first; one per entry (its best-matching name). Supporting fields:
    /// a country that agrees (+0.05) or differs (-0.10), an address whose city or street words appear in the entry's
    /// addresses (+0.05), an identifier (registration, tax or passport number) found in its remarks (+0.10).</summary>
    public IReadOnlyList<PartyMatch> Match(string party, string? country = null, string? address = null, string? identifier = null)
    {
        var (query, dropped) = PartyNameNormalizer.Tokens(party);
        if (query.Count == 0)
        {
            return [];
        }

        var candidates = new HashSet<int>();
        foreach (var token in query.Distinct())
        {
            if (Generic.Contains(token) || token.Length < 2)
            {
                continue;
            }

            if (_byToken.TryGetValue(token, out var exact))
            {
                candidates.UnionWith(exact);
            }

            if (token.Length >= 5 && _byPrefix.TryGetValue(token[..4], out var similar))
            {
                candidates.UnionWith(similar);
            }
        }

        for (var i = 0; i + 1 < query.Count; i++)
        {
            if (_byToken.TryGetValue(query[i] + query[i + 1], out var joined))
            {
                candidates.UnionWith(joined);
            }
        }

        var best = new Dictionary<WatchListEntry, PartyMatch>(ReferenceEqualityComparer.Instance);
        foreach (var index in candidates)
        {
            var (entry, name, tokens) = _names[index];
            var (score, pieces) = Score(query, tokens);
            var explanation = new List<string> { $"matched {name.Kind} name '{name.Name}'" };
            if (dropped.Count > 0)
            {
                explanation.Add($"legal forms ignored: {string.Join(", ", dropped.Distinct())}");
            }

            if (country is not null && entry.Countries.Count > 0)
            {
                if (entry.Countries.Any(c => SameCountry(c, country)))
                {
                    score = Math.Min(1, score + 0.05);
                    explanation.Add($"country {country} agrees (+0.05)");
                }
                else
                {
                    score = Math.Max(0, score - 0.10);
                    explanation.Add($"country {country} differs from {string.Join(", ", entry.Countries)} (-0.10)");
                }
            }

            if (address is not null && AddressAgrees(entry, address) is { } place)
            {
                score = Math.Min(1, score + 0.05);
                explanation.Add($"address agrees ('{place}', +0.05)");
            }

            if (identifier is not null && IdentifierListed(entry, identifier))
            {
                score = Math.Min(1, score + 0.10);
                explanation.Add($"identifier {identifier} is in the entry's remarks (+0.10)");
            }

            if (score < ReviewThreshold || (best.TryGetValue(entry, out var previous) && previous.Score >= score))
            {
                continue;
            }

            explanation.Add("score pieces: " + string.Join("; ", pieces));
            best[entry] = new PartyMatch
            {
                Entry = entry,
                MatchedName = name,
                Score = Math.Round(score, 3),
                Tier = score >= MatchThreshold ? MatchTier.Match : MatchTier.Review,
                Pieces = pieces,
                Explanation = explanation,
            };
        }

        return best.Values.OrderByDescending(m => m.Score).ThenBy(m => m.Entry.Id, StringComparer.Ordinal).ToList();
    }

    // Weighted Dice over tokens: 2 x (weight of what matched) / (weight of query + weight of list name).
    // Each query word is met by the same word, else by a split or joined form, else by a close spelling.
    private (double Score, List<ScorePiece> Pieces) Score(IReadOnlyList<string> query, string[] name)
    {
        var used = new bool[name.Length];
        var pieces = new List<ScorePiece>();
        double matched = 0, queryWeight = 0;
        for (var i = 0; i < query.Count; i++)
        {
            var q = query[i];
            var w = WeightOf(q);
            var exact = Array.FindIndex(name, t => t == q);
            while (exact >= 0 && used[exact])
            {
                exact = Array.FindIndex(name, exact + 1, t => t == q);
            }

            if (exact >= 0)
            {
                used[exact] = true;
                queryWeight += w;
                matched += w;
                pieces.Add(new ScorePiece(q, q, w, 1));
                continue;
            }

            // "bio tech" in the query, "biotech" in the list.
            if (i + 1 < query.Count && Array.FindIndex(name, t => t == q + query[i + 1]) is var j and >= 0 && !used[j])
            {
                used[j] = true;
                var jw = WeightOf(name[j]);
                queryWeight += jw;
                matched += jw;
                pieces.Add(new ScorePiece($"{q} {query[i + 1]}", name[j], jw, 1));
                i++;
                continue;
            }

            // "ateam" in the query, "a team" in the list.
            var split = -1;
            for (var k = 0; k + 1 < name.Length && split < 0; k++)
            {
                if (!used[k] && !used[k + 1] && name[k] + name[k + 1] == q)
                {
                    split = k;
                }
            }

            if (split >= 0)
            {
                used[split] = used[split + 1] = true;
                var both = WeightOf(name[split]) + WeightOf(name[split + 1]);
                queryWeight += both;
                matched += both;
                pieces.Add(new ScorePiece(q, $"{name[split]} {name[split + 1]}", both, 1));
                continue;
            }

            queryWeight += w;
            var (at, similarity) = ClosestToken(q, name, used);
            if (at >= 0)
            {
                used[at] = true;
                var weight = Math.Min(w, WeightOf(name[at]));
                matched += weight * similarity;
                pieces.Add(new ScorePiece(q, name[at], weight, similarity));
            }
        }

        var nameWeight = name.Sum(WeightOf);
        var score = queryWeight + nameWeight == 0 ? 0 : 2 * matched / (queryWeight + nameWeight);

        // A one-word list name ("SUNRISE") inside a longer query is weak evidence: at most a review.
        if (name.Count(t => !Generic.Contains(t)) <= 1 && query.Count > name.Length)
        {
            score = Math.Min(score, ReviewThreshold + 0.04);
        }

        return (score, pieces);
    }

    private static (int At, double Similarity) ClosestToken(string q, string[] name, bool[] used)
    {
        var at = -1;
        var best = 0.0;
        for (var j = 0; j < name.Length; j++)
        {
            if (used[j] || q.Length < 4 || name[j].Length < 4)
            {
                continue;
            }

            var similarity = JaroWinkler(q, name[j]);
            if (similarity >= FuzzyTokenSimilarity && similarity > best)
            {
                best = similarity;
                at = j;
            }
        }

        return (at, best);
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

    // Identifiers compare without spaces, dashes or case ("V-16155" = "v16155").
    private static bool IdentifierListed(WatchListEntry entry, string identifier)
    {
        var key = new string(identifier.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        var remarks = new string((entry.Remarks ?? "").Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        return key.Length >= 5 && remarks.Contains(key, StringComparison.Ordinal);
    }

    private double WeightOf(string token) => _weight.TryGetValue(token, out var w) ? w : Generic.Contains(token) ? GenericWeight : Math.Log(1 + _names.Count);

    private static bool SameCountry(string listed, string given)
    {
        var a = listed.Trim().ToLowerInvariant();
        var b = given.Trim().ToLowerInvariant();
        return a == b || (CountryCodes.TryGetValue(b, out var name) && name == a) || (CountryCodes.TryGetValue(a, out var other) && other == b);
    }

    private static readonly Dictionary<string, string> CountryCodes = new(StringComparer.Ordinal)
    {
        ["cn"] = "china", ["hk"] = "hong kong", ["mx"] = "mexico", ["us"] = "united states", ["co"] = "colombia", ["in"] = "india",
        ["ca"] = "canada", ["ae"] = "united arab emirates", ["nz"] = "new zealand", ["gb"] = "united kingdom", ["es"] = "spain",
        ["pa"] = "panama", ["th"] = "thailand", ["de"] = "germany",
    };

    private static double JaroWinkler(string a, string b)
    {
        var range = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        var aMatched = new bool[a.Length];
        var bMatched = new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = Math.Max(0, i - range); j < Math.Min(b.Length, i + range + 1); j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        for (int i = 0, k = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        var m = (double)matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int value)
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
