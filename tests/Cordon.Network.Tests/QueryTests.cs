using System.Xml.Linq;
using Cordon.Network.Export;
using Cordon.Network.Graph;
using Cordon.Network.Queries;
using Cordon.Network.Risk;
using Cordon.Network.Resolution;

namespace Cordon.Network.Tests;

public sealed class QueryTests
{
    private static SupplyNetwork Network => GeneratedSet.Network;

    // The node a true party's rows resolved to (its most common mention).
    private static NetworkNode NodeOf(string truthId)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in GeneratedSet.Rows)
        {
            var t = GeneratedSet.RowTruth[row.DeclarationId!];
            foreach (var (party, id) in new[] { (row.Shipper, t.Shipper), (row.Consignee, t.Consignee), (row.NotifyParty, t.Notify) })
            {
                if (party is not null && id == truthId)
                {
                    var node = Network.PartyOfSpelling(SpellingKey.Of(party))!.Id;
                    counts[node] = counts.GetValueOrDefault(node) + 1;
                }
            }
        }

        return Network.Node(counts.MaxBy(c => c.Value).Key)!;
    }

    // The other buyers of the ring are found, each through at least two shared suppliers, and nothing outside the ring ranks
    // above them (a leftover spelling of a ring buyer that did not resolve counts as that buyer).
    [Fact]
    public void Each_rings_buyers_are_found_sharing_its_suppliers()
    {
        foreach (var ring in GeneratedSet.Truth.GetProperty("rings").EnumerateArray())
        {
            var truthIds = ring.GetProperty("buyers").EnumerateArray().Select(b => b.GetString()!).ToList();
            foreach (var truthId in truthIds)
            {
                var buyer = NodeOf(truthId);
                var shared = NetworkQueries.SharedSuppliers(Network, buyer);
                var others = truthIds.Where(t => t != truthId).ToDictionary(t => NodeOf(t).Id, t => t);
                var found = shared.Select((s, i) => (s, i)).Where(x => others.ContainsKey(x.s.Buyer.Id)).ToList();
                Assert.True(found.Count == others.Count, $"{ring.GetProperty("id")}: {buyer.Label}: found {found.Count} of {others.Count} ring buyers");
                Assert.All(found, x => Assert.True(x.s.Suppliers.Count >= 2, $"{x.s.Buyer.Label} shares {x.s.Suppliers.Count} supplier(s)"));
                var last = found.Max(x => x.i);
                var intruders = shared.Take(last + 1).Where(s => !truthIds.Contains(TruthOf(s.Buyer.Id))).Select(s => s.Buyer.Label).ToList();
                Assert.True(intruders.Count == 0, $"{ring.GetProperty("id")}: {buyer.Label}: ranked among the ring: {string.Join(", ", intruders)}");
                Assert.All(shared, s => Assert.All(s.Evidence, e => Assert.Equal(EdgeKind.ShippedTo, e.Kind)));
            }
        }
    }

    // The true party most of a node's mentions belong to.
    private static string TruthOf(string nodeId)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in GeneratedSet.Rows)
        {
            var t = GeneratedSet.RowTruth[row.DeclarationId!];
            foreach (var (party, id) in new[] { (row.Shipper, t.Shipper), (row.Consignee, t.Consignee), (row.NotifyParty, t.Notify) })
            {
                if (party is not null && id is not null && Network.PartyOfSpelling(SpellingKey.Of(party))!.Id == nodeId)
                {
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            }
        }

        return counts.MaxBy(c => c.Value).Key;
    }

    [Fact]
    public void The_designee_linked_supplier_reaches_its_designee_with_evidence_for_every_edge()
    {
        var link = GeneratedSet.Truth.GetProperty("designeeLink");
        var supplier = NodeOf(link.GetProperty("party").GetString()!);
        var uid = link.GetProperty("sdnUid").GetString()!;
        var paths = NetworkQueries.PathsToDesignees(Network, supplier);
        var path = paths.FirstOrDefault(p => p.Steps[^1].Node.Designee?.Id == uid);
        Assert.NotNull(path);
        Assert.Equal(2, path.Hops);
        Assert.All(path.Steps.Skip(1), s => Assert.False(string.IsNullOrWhiteSpace(s.Via!.Evidence)));
        Assert.Equal(NodeKind.Contact, path.Steps[1].Node.Kind);

        // Its ring's buyers are two links from the designee: through the supplier, then the shared detail.
        var ring = GeneratedSet.Truth.GetProperty("rings").EnumerateArray()
            .First(r => r.GetProperty("suppliers").EnumerateArray().Any(s => s.GetString() == link.GetProperty("party").GetString()));
        var risk = new NetworkRisk(Network);
        var supplierFindings = risk.For(Spelling(supplier));
        Assert.Equal("network-designee-contact", Assert.Single(supplierFindings).Feature.Name);
        foreach (var buyer in ring.GetProperty("buyers").EnumerateArray().Select(b => NodeOf(b.GetString()!)))
        {
            var findings = risk.For(Spelling(buyer));
            var near = Assert.Single(findings, f => f.Feature.Name.StartsWith("network-designee-", StringComparison.Ordinal) && f.Feature.Name.EndsWith("hops", StringComparison.Ordinal) || f.Feature.Name == "network-designee-one-hop");
            Assert.Equal(uid, near.Path.Steps[^1].Node.Designee?.Id);
            Assert.Contains(supplier.Label, near.Explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_party_far_from_any_designee_gets_no_network_feature()
    {
        var near = new HashSet<string>(StringComparer.Ordinal);
        foreach (var designee in Network.Nodes.Where(n => n.Kind == NodeKind.Designee))
        {
            near.UnionWith(NetworkQueries.Neighbourhood(Network, designee, 4).Nodes.Select(n => n.Id));
        }

        var far = Network.Nodes.Where(n => n.Kind == NodeKind.Party && !near.Contains(n.Id)).Take(50).ToList();
        Assert.NotEmpty(far);
        var risk = new NetworkRisk(Network);
        Assert.All(far, n => Assert.Empty(risk.For(Spelling(n))));
    }

    [Fact]
    public void Shared_contact_details_link_differently_named_parties()
    {
        foreach (var link in GeneratedSet.Truth.GetProperty("contactLinks").EnumerateArray())
        {
            var parties = link.GetProperty("parties").EnumerateArray().Select(p => NodeOf(p.GetString()!).Id).ToList();
            var contacts = parties.Select(p => Network.EdgesOf(p).Where(e => e.Kind == EdgeKind.HasContact).Select(e => e.To).ToHashSet()).ToList();
            Assert.True(contacts.Skip(1).All(c => c.Overlaps(contacts[0])), $"{link.GetProperty("note")}: no shared contact node");
        }
    }

    [Fact]
    public void Neighbourhood_is_bounded_and_closed()
    {
        var hub = Network.Nodes.Where(n => n.Kind == NodeKind.Party).MaxBy(n => Network.EdgesOf(n.Id).Count())!;
        var one = NetworkQueries.Neighbourhood(Network, hub, 1);
        Assert.Equal(Network.EdgesOf(hub.Id).Select(e => e.Other(hub.Id)).Distinct().Count() + 1, one.Nodes.Count);
        var ids = one.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(one.Edges, e => Assert.True(ids.Contains(e.From) && ids.Contains(e.To)));
        var cut = NetworkQueries.Neighbourhood(Network, hub, 3, maxNodes: 10);
        Assert.True(cut.Truncated);
        Assert.Equal(10, cut.Nodes.Count);
    }

    [Fact]
    public void Trade_filters_narrow_the_edges_walked()
    {
        var ring = GeneratedSet.Truth.GetProperty("rings")[0];
        var buyer = NodeOf(ring.GetProperty("buyers")[0].GetString()!);
        var all = NetworkQueries.Neighbourhood(Network, buyer, 1);
        var flagged = NetworkQueries.Neighbourhood(Network, buyer, 1, new TradeFilter { FlaggedOnly = true });
        Assert.All(flagged.Edges.Where(e => e.Trade is not null), e => Assert.True(e.Trade!.FlaggedRows > 0));
        Assert.True(flagged.Edges.Count <= all.Edges.Count);
        var none = NetworkQueries.Neighbourhood(Network, buyer, 1, new TradeFilter { From = new DateOnly(2030, 1, 1) });
        Assert.DoesNotContain(none.Edges, e => e.Trade is not null);
    }

    [Fact]
    public void Communities_put_each_rings_buyers_together()
    {
        var communities = NetworkQueries.Communities(Network);
        foreach (var ring in GeneratedSet.Truth.GetProperty("rings").EnumerateArray())
        {
            var buyers = ring.GetProperty("buyers").EnumerateArray().Select(b => NodeOf(b.GetString()!).Id).ToList();
            var homes = buyers.Select(b => communities.FirstOrDefault(c => c.Members.Any(m => m.Id == b))?.Number).ToList();
            Assert.True(homes.All(h => h is not null && h == homes[0]), $"{ring.GetProperty("id")}: buyers in communities {string.Join(",", homes)}");
        }
    }

    [Fact]
    public void Most_flagged_parties_come_first()
    {
        var top = NetworkQueries.MostFlagged(Network, 10);
        Assert.NotEmpty(top);
        Assert.Equal(top.OrderByDescending(t => t.FlaggedRows).Select(t => t.FlaggedRows), top.Select(t => t.FlaggedRows));
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public void Exports_are_well_formed_xml_with_every_node_and_edge(string format)
    {
        using var text = new StringWriter();
        NetworkExport.Write(text, format, Network.Nodes, Network.Edges);
        var xml = XDocument.Parse(text.ToString());
        Assert.Equal(Network.Nodes.Count, xml.Descendants().Count(e => e.Name.LocalName == "node"));
        Assert.Equal(Network.Edges.Count, xml.Descendants().Count(e => e.Name.LocalName == "edge"));
    }

    [Fact]
    public void Csv_export_has_a_line_per_edge_and_defuses_formulas()
    {
        using var text = new StringWriter();
        var nodes = new[] { new NetworkNode { Id = "P1", Kind = NodeKind.Party, Label = "=HYPERLINK(\"x\")" }, new NetworkNode { Id = "P2", Kind = NodeKind.Party, Label = "B, Ltd" } };
        var edges = new[] { new NetworkEdge { Index = 0, Kind = EdgeKind.ShippedTo, From = "P1", To = "P2", Evidence = "shipped to" } };
        NetworkExport.Write(text, "csv", nodes, edges);
        var lines = text.ToString().TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"B, Ltd\"", lines[1], StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => NetworkExport.Write(text, "dot", nodes, edges));
    }

    // The path search skips nodes with no designee within the hops left; its answers must be those of the plain breadth-first
    // search (below, the search as it was written before), from every party, at every hop limit, with and without a filter.
    [Fact]
    public void Paths_to_designees_are_those_of_a_plain_breadth_first_search_from_every_party()
    {
        var filters = new[] { TradeFilter.None, new TradeFilter { FlaggedOnly = true } };
        var compared = 0;
        foreach (var party in Network.Nodes.Where(n => n.Kind == NodeKind.Party))
        {
            foreach (var hops in new[] { 1, 2, 3, 4, 6 })
            {
                foreach (var filter in filters)
                {
                    var expected = PlainPaths(party, hops, filter, top: 5).Select(Describe).ToList();
                    Assert.Equal(expected, NetworkQueries.PathsToDesignees(Network, party, hops, filter, top: 5).Select(Describe).ToList());
                    compared += expected.Count;
                }
            }
        }

        Assert.True(compared > 100, $"only {compared} paths compared");
        static string Describe(NetworkPath p) => string.Join(" ", p.Steps.Select(s => $"{s.Via?.Index}>{s.Node.Id}"));
    }

    private static List<NetworkPath> PlainPaths(NetworkNode from, int maxHops, TradeFilter filter, int top)
    {
        var via = new Dictionary<string, NetworkEdge?>(StringComparer.Ordinal) { [from.Id] = null };
        var frontier = new List<string> { from.Id };
        var found = new List<NetworkPath>();
        for (var hop = 1; hop <= maxHops && frontier.Count > 0 && found.Count < top; hop++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var edge in Network.EdgesOf(id).Where(filter.Passes).OrderBy(e => e.Index))
                {
                    var other = edge.Other(id);
                    if (!via.TryAdd(other, edge))
                    {
                        continue;
                    }

                    next.Add(other);
                    if (Network.Node(other)!.Kind == NodeKind.Designee && found.Count < top)
                    {
                        var steps = new List<PathStep>();
                        for (var at = other; at is not null; at = via[at] is { } e ? e.Other(at) : null)
                        {
                            steps.Insert(0, new PathStep(Network.Node(at)!, via[at]));
                        }

                        found.Add(new NetworkPath(steps));
                    }
                }
            }

            frontier = next;
        }

        return found;
    }

    private static TradeParty Spelling(NetworkNode node)
    {
        var key = node.Party!.Spellings[0];
        return new TradeParty(key.Name) { Country = key.Key[(key.Key.IndexOf('|') + 1)..] is { Length: 2 } c ? c : null };
    }
}
