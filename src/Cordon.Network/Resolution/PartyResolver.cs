using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Cordon.Parties;
using Cordon.Parties.Matching;

namespace Cordon.Network.Resolution;

/// <summary>Makes the parties of many declarations into resolved parties: rows' spellings are grouped by key, the party matcher
/// puts forward spellings whose names could be one party, and the network model scores each pair with what the rows say
/// (shared contact details, addresses, country and place words). Pairs at or above the threshold are joined, best first;
/// an analyst's merge always joins, an analyst's split is never crossed.</summary>
public sealed class PartyResolver(NetworkModel model, PartyModel partyModel)
{
    /// <summary>A resolver with the built-in network and party models.</summary>
    public PartyResolver() : this(NetworkModel.Default, PartyModel.Default)
    {
    }

    /// <summary>Resolves the parties of <paramref name="rows"/>, honouring <paramref name="decisions"/>.</summary>
    public PartyResolution Resolve(IEnumerable<TradeRow> rows, IReadOnlyList<ResolutionDecision>? decisions = null)
    {
        var spellings = Gather(rows);
        var pairs = ScorePairs(spellings);
        return Join(spellings, pairs, decisions ?? []);
    }

    /// <summary>The merge score of two parties as written, with its features: what the resolver would decide for them.</summary>
    public MergeEvidence Compare(TradeParty party, TradeParty other)
    {
        var stats = Gather([new TradeRow { Key = "a", Status = "clear", Risk = "none", Shipper = party }, new TradeRow { Key = "b", Status = "clear", Risk = "none", Shipper = other }]);
        if (stats.Count == 1)
        {
            return new MergeEvidence { Name = party.Name, OtherName = other.Name, Score = 1, Features = [new FeatureScore("name", 1, model.Weight("name"))], DecidedBy = "model", Model = model.Id };
        }

        var matcher = Matcher(stats);
        var match = matcher.Match(Query(stats[0])).FirstOrDefault(m => m.Entry.Id == "1");
        return Evidence(stats[0], stats[1], match?.Features.FirstOrDefault(f => f.Name == "name")?.Value ?? 0);
    }

    private static List<SpellingStats> Gather(IEnumerable<TradeRow> rows)
    {
        var byKey = new Dictionary<string, SpellingStats>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var (role, party) in row.Parties())
            {
                if (string.IsNullOrWhiteSpace(party.Name))
                {
                    continue;
                }

                var key = SpellingKey.Of(party);
                if (!byKey.TryGetValue(key, out var stats))
                {
                    byKey[key] = stats = new SpellingStats(key, party.Country?.ToUpperInvariant());
                }

                stats.Add(role, party, row.IsFlagged);
                // A bounded set of partners per spelling: enough to compare two spellings' usual partners.
                if (stats.Counterparties.Count < 64)
                {
                    foreach (var (otherRole, other) in row.Parties())
                    {
                        if (otherRole != role && !string.IsNullOrWhiteSpace(other.Name))
                        {
                            stats.Counterparties.Add(SpellingKey.Of(other));
                        }
                    }
                }
            }
        }

        return byKey.Values.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
    }

    private PartyMatcher Matcher(List<SpellingStats> spellings) =>
        new(spellings.Select((s, i) => new WatchListEntry
        {
            List = "spellings", Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = s.Name, Type = "Entity", Programs = [],
            Names = [new WatchListName(s.Name, "primary")], Countries = s.Country is null ? [] : [s.Country],
        }), partyModel);

    private static PartyQuery Query(SpellingStats s) =>
        new(s.Name) { Country = Countries.Find(s.Country), Kind = PartyKind.Company, KindIsHint = true };

    // Every pair the name matcher puts forward (at or above its review tier), scored; spellings are compared in parallel.
    private List<(int A, int B, MergeEvidence Evidence)> ScorePairs(List<SpellingStats> spellings)
    {
        if (spellings.Count < 2)
        {
            return [];
        }

        var matcher = Matcher(spellings);
        var found = new ConcurrentBag<(int, int, MergeEvidence)>();
        Parallel.For(0, spellings.Count, i =>
        {
            foreach (var match in matcher.Match(Query(spellings[i])))
            {
                var j = int.Parse(match.Entry.Id, System.Globalization.CultureInfo.InvariantCulture);
                if (j > i)
                {
                    var name = match.Features.FirstOrDefault(f => f.Name == "name")?.Value ?? match.Score;
                    found.Add((i, j, Evidence(spellings[i], spellings[j], name)));
                }
            }
        });

        return found.OrderByDescending(p => p.Item3.Score).ThenBy(p => p.Item1).ThenBy(p => p.Item2).ToList();
    }

    private MergeEvidence Evidence(SpellingStats a, SpellingStats b, double nameScore)
    {
        var features = new List<FeatureScore> { new("name", nameScore, model.Weight("name")) };
        void Flag(string name, bool fired)
        {
            if (fired)
            {
                features.Add(new FeatureScore(name, 1, model.Weight(name)));
            }
        }

        var contactsA = a.Contacts.Keys.ToHashSet(StringComparer.Ordinal);
        var shared = contactsA.Overlaps(b.Contacts.Keys) || a.Addresses.Keys.Any(b.Addresses.ContainsKey);
        Flag("contact_shared", shared);
        var partners = a.Counterparties.Count + b.Counterparties.Count;
        Flag("counterparties_shared", partners > 0 && 2.0 * a.Counterparties.Count(b.Counterparties.Contains) / partners >= 0.5);
        Flag("contacts_disjoint", !shared && a.Contacts.Count > 0 && b.Contacts.Count > 0);
        if (a.Addresses.Count > 0 && b.Addresses.Count > 0)
        {
            var similarity = a.Addresses.Values.SelectMany(x => b.Addresses.Values.Select(y => Dice(x.Key, y.Key))).Max();
            Flag("address_agrees", similarity >= 0.6);
            Flag("address_disagrees", similarity < 0.3);
        }

        Flag("country_conflict", a.Country is { Length: > 0 } ca && b.Country is { Length: > 0 } cb && ca != cb);
        Flag("place_conflict", PlaceConflict(a.Key, b.Key));
        return new MergeEvidence
        {
            Name = a.Name, OtherName = b.Name, Score = Math.Round(features.Sum(f => f.Contribution), 4), Features = features,
            DecidedBy = "model", Model = model.Id,
        };
    }

    // Place words of four letters or more on both sides and none shared: "Hubei Xinyuan" is not "Hebei Xinyuan".
    private bool PlaceConflict(string keyA, string keyB)
    {
        static IEnumerable<string> Words(string key) => key[..key.IndexOf('|')].Split(' ');
        var placesA = Words(keyA).Where(w => w.Length >= 4 && partyModel.PlaceWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        var placesB = Words(keyB).Where(w => w.Length >= 4 && partyModel.PlaceWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return placesA.Count > 0 && placesB.Count > 0 && !placesA.Overlaps(placesB);
    }

    private static double Dice(string a, string b)
    {
        var x = a.Split(' ').ToHashSet(StringComparer.Ordinal);
        var y = b.Split(' ').ToHashSet(StringComparer.Ordinal);
        return x.Count + y.Count == 0 ? 0 : 2.0 * x.Count(y.Contains) / (x.Count + y.Count);
    }

    private PartyResolution Join(List<SpellingStats> spellings, List<(int A, int B, MergeEvidence Evidence)> pairs, IReadOnlyList<ResolutionDecision> decisions)
    {
        var index = spellings.Select((s, i) => (s.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var parent = Enumerable.Range(0, spellings.Count).ToArray();
        var evidence = new List<MergeEvidence>[spellings.Count];
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        var splits = decisions.Where(d => d.Kind == ResolutionDecisionKind.Split)
            .Select(d => (A: index.GetValueOrDefault(d.Key, -1), B: index.GetValueOrDefault(d.OtherKey, -1))).Where(p => p.A >= 0 && p.B >= 0).ToList();
        bool Apart(int ra, int rb) => splits.Any(s => (Find(s.A) == ra && Find(s.B) == rb) || (Find(s.A) == rb && Find(s.B) == ra));
        void Union(int a, int b, MergeEvidence why)
        {
            var (ra, rb) = (Find(a), Find(b));
            var (keep, gone) = ra < rb ? (ra, rb) : (rb, ra);
            parent[gone] = keep;
            (evidence[keep] ??= []).Add(why);
            if (evidence[gone] is { } moved)
            {
                evidence[keep].AddRange(moved);
                evidence[gone] = null!;
            }
        }

        foreach (var merge in decisions.Where(d => d.Kind == ResolutionDecisionKind.Merge))
        {
            if (index.TryGetValue(merge.Key, out var a) && index.TryGetValue(merge.OtherKey, out var b) && Find(a) != Find(b))
            {
                Union(a, b, new MergeEvidence
                {
                    Name = spellings[a].Name, OtherName = spellings[b].Name, Score = 1, Features = [], DecidedBy = "analyst",
                    Model = $"{merge.By} {merge.At:yyyy-MM-dd}{(merge.Note is null ? "" : ": " + merge.Note)}",
                });
            }
        }

        var heldApart = new List<string>();
        foreach (var (a, b, why) in pairs.Where(p => p.Evidence.Score >= model.MergeThreshold))
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb)
            {
                continue;
            }

            if (Apart(ra, rb))
            {
                heldApart.Add($"{why.Name} ~ {why.OtherName}");
                continue;
            }

            Union(a, b, why);
        }

        var parties = Enumerable.Range(0, spellings.Count).GroupBy(Find)
            .Select(g => Party(g.Select(i => spellings[i]).ToList(), evidence[g.Key] ?? []))
            .OrderByDescending(p => p.Spellings.Sum(s => s.Rows)).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        return new PartyResolution(parties, model.Id, pairs.Count, heldApart);
    }

    private static ResolvedParty Party(List<SpellingStats> members, List<MergeEvidence> merges)
    {
        var ordered = members.OrderByDescending(m => m.Rows).ThenBy(m => m.Key, StringComparer.Ordinal).ToList();
        var first = members.Min(m => m.Key)!;
        var id = "P" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first)))[..10];
        return new ResolvedParty
        {
            Id = id, Name = ordered[0].Name, Country = ordered.Select(m => m.Country).FirstOrDefault(c => c is { Length: > 0 }),
            Spellings = ordered.Select(m => new PartySpelling(m.Key, m.Name, m.Rows)).ToList(),
            Contacts = ordered.SelectMany(m => m.Contacts.Values.Concat(m.Addresses.Values)).DistinctBy(c => c.Id).ToList(),
            Merges = merges, ShipperRows = members.Sum(m => m.ShipperRows), ConsigneeRows = members.Sum(m => m.ConsigneeRows),
            NotifyRows = members.Sum(m => m.NotifyRows), FlaggedRows = members.Sum(m => m.FlaggedRows),
        };
    }
}
