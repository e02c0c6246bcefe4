using Cordon.Network.Resolution;

namespace Cordon.Network.Tests;

public sealed class ResolutionTests
{
    // Each resolved party holds the mentions of one true party: no false joins, on the whole generated set.
    [Fact]
    public void No_resolved_party_joins_two_true_parties()
    {
        var joined = Clusters().Where(c => c.Value.Distinct().Count() > 1)
            .Select(c => $"{GeneratedSet.Network.Node(c.Key)!.Label}: {string.Join(", ", c.Value.Distinct())}").ToList();
        Assert.Empty(joined);
    }

    // Spelling variants (legal forms, case, look-alike letters, typos, transliteration) come together: at least 95 % of every
    // true party's mentions sit in its largest resolved party, over all parties.
    [Fact]
    public void Spelling_variants_of_one_party_are_resolved_together()
    {
        var byTruth = Clusters().SelectMany(c => c.Value.Select(t => (Truth: t, Party: c.Key))).GroupBy(x => x.Truth).ToList();
        var together = byTruth.Sum(g => g.GroupBy(x => x.Party).Max(p => p.Count()));
        var total = byTruth.Sum(g => g.Count());
        Assert.True(together >= 0.95 * total, $"{together} of {total} mentions in their party's largest cluster; split: " +
            string.Join("; ", byTruth.Where(g => g.Select(x => x.Party).Distinct().Count() > 1).Take(8)
                .Select(g => g.Key + " → " + string.Join(" | ", g.Select(x => GeneratedSet.Network.Node(x.Party)!.Label).Distinct()))));
    }

    [Fact]
    public void Decoy_pairs_stay_apart()
    {
        var partiesOf = Clusters().SelectMany(c => c.Value.Select(t => (t, c.Key))).GroupBy(x => x.t).ToDictionary(g => g.Key, g => g.Select(x => x.Key).ToHashSet());
        foreach (var pair in GeneratedSet.Truth.GetProperty("decoyPairs").EnumerateArray())
        {
            var (a, b) = (pair.GetProperty("a").GetString()!, pair.GetProperty("b").GetString()!);
            Assert.False(partiesOf[a].Overlaps(partiesOf[b]), $"{a} and {b} joined: {pair.GetProperty("why").GetString()}");
        }
    }

    [Fact]
    public void Every_merge_keeps_its_evidence_and_the_models_id()
    {
        var merged = GeneratedSet.Network.Resolution.Parties.Where(p => p.Spellings.Count > 1).ToList();
        Assert.NotEmpty(merged);
        foreach (var party in merged)
        {
            Assert.Equal(party.Spellings.Count - 1, party.Merges.Count);
            Assert.All(party.Merges, m =>
            {
                Assert.Equal("model", m.DecidedBy);
                Assert.Equal(NetworkModel.Default.Id, m.Model);
                Assert.Contains(m.Features, f => f.Name == "name");
                Assert.True(m.Score >= NetworkModel.Default.MergeThreshold);
                Assert.Equal(m.Score, Math.Round(m.Features.Sum(f => f.Contribution), 4));
            });
        }
    }

    [Fact]
    public void An_analysts_split_holds_and_a_merge_joins()
    {
        var party = GeneratedSet.Network.Resolution.Parties.First(p => p.Spellings.Count >= 3);
        var (first, second) = (party.Spellings[0].Key, party.Spellings[1].Key);
        var split = new PartyResolver().Resolve(GeneratedSet.Rows, [new ResolutionDecision(ResolutionDecisionKind.Split, first, second) { By = "ana" }]);
        Assert.NotSame(split.PartyOf(first), split.PartyOf(second));
        Assert.NotEqual(split.PartyOf(first)!.Id, split.PartyOf(second)!.Id);
        Assert.NotEmpty(split.HeldApart);

        var others = GeneratedSet.Network.Resolution.Parties.Where(p => p.Id != party.Id).Take(1).Single();
        var merged = new PartyResolver().Resolve(GeneratedSet.Rows,
            [new ResolutionDecision(ResolutionDecisionKind.Merge, first, others.Spellings[0].Key) { By = "ana", Note = "same company" }]);
        var joined = merged.PartyOf(first)!;
        Assert.Same(joined, merged.PartyOf(others.Spellings[0].Key));
        Assert.Contains(joined.Merges, m => m.DecidedBy == "analyst" && m.Model.Contains("same company", StringComparison.Ordinal));
    }

    [Fact]
    public void Different_countries_or_places_are_never_one_party()
    {
        var resolver = new PartyResolver();
        var place = resolver.Compare(new TradeParty("Hubei Xinyuan Chemical Co., Ltd") { Country = "CN" }, new TradeParty("Hebei Xinyuan Chemical Co., Ltd") { Country = "CN" });
        Assert.Contains(place.Features, f => f.Name == "place_conflict");
        Assert.True(place.Score < NetworkModel.Default.MergeThreshold);
        var country = resolver.Compare(new TradeParty("Global Chemicals Ltd") { Country = "IN" }, new TradeParty("Global Chemicals Ltd.") { Country = "GB" });
        Assert.Contains(country.Features, f => f.Name == "country_conflict");
        Assert.True(country.Score < NetworkModel.Default.MergeThreshold);
    }

    // The resolved party of every mention, with the mention's true party id.
    private static Dictionary<string, List<string>> Clusters()
    {
        var clusters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in GeneratedSet.Rows)
        {
            var truth = GeneratedSet.RowTruth[row.DeclarationId!];
            foreach (var (party, id) in new[] { (row.Shipper, truth.Shipper), (row.Consignee, truth.Consignee), (row.NotifyParty, truth.Notify) })
            {
                if (party is null || id is null)
                {
                    continue;
                }

                var node = GeneratedSet.Network.PartyOfSpelling(SpellingKey.Of(party))!;
                if (!clusters.TryGetValue(node.Id, out var list))
                {
                    clusters[node.Id] = list = [];
                }

                list.Add(id);
            }
        }

        return clusters;
    }
}
