using System.Diagnostics;
using Cordon.Network.Contacts;
using Cordon.Network.Resolution;
using Cordon.Parties;
using Cordon.Parties.Matching;

namespace Cordon.Network.Graph;

/// <summary>Builds the supplier network: resolves the rows' parties, adds a trade edge per shipper and consignee (and notify
/// party) with its rows, matches each party against the watch list, links designees the list links ("Linked To"), and joins
/// parties and designees that share a contact detail through a node for that detail.</summary>
public sealed class NetworkBuilder(PartyResolver resolver, NetworkModel model)
{
    /// <summary>A builder with the built-in models.</summary>
    public NetworkBuilder() : this(new PartyResolver(), NetworkModel.Default)
    {
    }

    /// <summary>The network of <paramref name="rows"/>; <paramref name="watchList"/> (its entries and a screener over them, which
    /// applies the team's clearances) adds designees; <paramref name="decisions"/> are analysts' merges and splits;
    /// <paramref name="earlier"/> are the caller's own steps (reading the rows), put first in <see cref="SupplyNetwork.Phases"/>.</summary>
    public SupplyNetwork Build(IReadOnlyList<TradeRow> rows, WatchListContext? watchList = null, IReadOnlyList<ResolutionDecision>? decisions = null,
        IReadOnlyList<NetworkBuildPhase>? earlier = null)
    {
        var phases = new List<NetworkBuildPhase>(earlier ?? []);
        var clock = Stopwatch.StartNew();
        void Done(string phase)
        {
            phases.Add(new NetworkBuildPhase(phase, Math.Round(clock.Elapsed.TotalSeconds, 3)));
            clock.Restart();
        }

        var resolution = resolver.Resolve(rows, decisions);
        Done("resolve parties");
        var nodes = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        var edges = new List<NetworkEdge>();
        foreach (var party in resolution.Parties)
        {
            nodes[party.Id] = new NetworkNode { Id = party.Id, Kind = NodeKind.Party, Label = party.Name, Country = party.Country, Party = party };
        }

        AddTrade(rows, resolution, edges);
        Done("trade edges");
        if (watchList is not null)
        {
            AddDesignees(resolution, watchList, nodes, edges);
            Done("match designees");
        }

        AddSharedContacts(resolution, watchList, nodes, edges);
        Done("shared contacts");
        var network = new SupplyNetwork(nodes.Values.OrderBy(n => n.Kind).ThenBy(n => n.Id, StringComparer.Ordinal).ToList(), edges, resolution, model, rows.Count, phases);
        Done("index");
        return network;
    }

    private static void AddTrade(IReadOnlyList<TradeRow> rows, PartyResolution resolution, List<NetworkEdge> edges)
    {
        var trade = new Dictionary<(EdgeKind, string, string), TradeStats>();
        foreach (var row in rows)
        {
            var consignee = row.Consignee is { } c ? resolution.PartyOf(c) : null;
            if (consignee is null)
            {
                continue;
            }

            if (row.Shipper is { } s && resolution.PartyOf(s) is { } shipper && shipper.Id != consignee.Id)
            {
                Stats(trade, (EdgeKind.ShippedTo, shipper.Id, consignee.Id)).Add(row);
            }

            if (row.NotifyParty is { } n && resolution.PartyOf(n) is { } notify && notify.Id != consignee.Id)
            {
                Stats(trade, (EdgeKind.NotifyFor, notify.Id, consignee.Id)).Add(row);
            }
        }

        foreach (var ((kind, from, to), stats) in trade.OrderBy(t => t.Key.Item2, StringComparer.Ordinal).ThenBy(t => t.Key.Item3, StringComparer.Ordinal))
        {
            var verb = kind == EdgeKind.ShippedTo ? "shipped to" : "notify party for";
            edges.Add(new NetworkEdge
            {
                Index = edges.Count, Kind = kind, From = from, To = to, Trade = stats,
                Evidence = $"{verb} in {stats.Rows} row(s), {stats.FlaggedRows} with controlled or suspect chemistry" +
                    (stats.First is { } f ? $", {f:yyyy-MM-dd} to {stats.Last:yyyy-MM-dd}" : ""),
            });
        }
    }

    private static TradeStats Stats(Dictionary<(EdgeKind, string, string), TradeStats> trade, (EdgeKind, string, string) key)
    {
        if (!trade.TryGetValue(key, out var stats))
        {
            trade[key] = stats = new TradeStats();
        }

        return stats;
    }

    // A party matches a designee when any of its (most used) spellings does at the matcher's match tier; review-tier candidates
    // are left to the party screen, where an analyst sees them, and are not used as links. A cleared match is no link.
    private static void AddDesignees(PartyResolution resolution, WatchListContext watchList, Dictionary<string, NetworkNode> nodes, List<NetworkEdge> edges)
    {
        var matches = new (ResolvedParty Party, PartyMatch Match)?[resolution.Parties.Count];
        Parallel.For(0, resolution.Parties.Count, i =>
        {
            var party = resolution.Parties[i];
            var best = party.Spellings.Take(5)
                .SelectMany(s => watchList.Screener.Screen(new PartyQuery(s.Name)
                {
                    Country = Countries.Find(party.Country), Kind = PartyKind.Company, KindIsHint = true,
                    Address = party.Contacts.FirstOrDefault(c => c.Kind == ContactKind.Address)?.Text,
                }))
                .Where(m => m.Tier == MatchTier.Match && m.Clearance is null)
                .OrderByDescending(m => m.Score).FirstOrDefault();
            matches[i] = best is null ? null : (party, best);
        });

        var linkQueue = new List<WatchListEntry>();
        foreach (var (party, match) in matches.OfType<(ResolvedParty, PartyMatch)>())
        {
            var designee = Designee(match.Entry, nodes);
            edges.Add(new NetworkEdge
            {
                Index = edges.Count, Kind = EdgeKind.MatchesDesignee, From = party.Id, To = designee.Id, Match = match,
                Evidence = $"'{party.Name}' matches {match.Entry.List} {match.Entry.Id} '{match.Entry.Name}' ({match.Score:0.00}, {match.Algorithm}): " +
                    string.Join("; ", match.Explanation.Take(2)),
            });
            linkQueue.Add(match.Entry);
        }

        // The watch list's own links of each matched designee, one step out.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in linkQueue.Where(e => seen.Add(NodeId(e))))
        {
            foreach (var linked in entry.LinkedTo)
            {
                foreach (var other in watchList.Named(linked).Where(o => o.Id != entry.Id || o.List != entry.List))
                {
                    var to = Designee(other, nodes);
                    if (!edges.Any(e => e.Kind == EdgeKind.LinkedTo && e.From == NodeId(entry) && e.To == to.Id))
                    {
                        edges.Add(new NetworkEdge
                        {
                            Index = edges.Count, Kind = EdgeKind.LinkedTo, From = NodeId(entry), To = to.Id,
                            Evidence = $"{entry.List} {entry.Id} remarks: Linked To: {linked}",
                        });
                    }
                }
            }
        }
    }

    // A contact detail becomes a node only when two or more parties or designees give it: a detail of one is no link.
    private static void AddSharedContacts(PartyResolution resolution, WatchListContext? watchList, Dictionary<string, NetworkNode> nodes, List<NetworkEdge> edges)
    {
        var owners = new Dictionary<string, List<(string Node, ContactDetail Detail)>>(StringComparer.Ordinal);
        foreach (var party in resolution.Parties)
        {
            foreach (var detail in party.Contacts)
            {
                Owners(owners, detail.Id).Add((party.Id, detail));
            }
        }

        if (watchList is not null)
        {
            foreach (var (detailId, entries) in watchList.ContactOwners)
            {
                if (owners.TryGetValue(detailId, out var parties))
                {
                    foreach (var (entry, detail) in entries)
                    {
                        parties.Add((Designee(entry, nodes).Id, detail));
                    }
                }
            }
        }

        foreach (var (detailId, list) in owners.Where(o => o.Value.Select(v => v.Node).Distinct().Count() >= 2).OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var first = list[0].Detail;
            var id = "C:" + detailId;
            nodes[id] = new NetworkNode { Id = id, Kind = NodeKind.Contact, Label = first.Text, Contact = first };
            foreach (var (owner, detail) in list.DistinctBy(o => o.Node))
            {
                edges.Add(new NetworkEdge
                {
                    Index = edges.Count, Kind = EdgeKind.HasContact, From = owner, To = id,
                    Evidence = $"{detail.Kind.ToString().ToLowerInvariant()} '{detail.Text}'",
                });
            }
        }
    }

    private static List<(string, ContactDetail)> Owners(Dictionary<string, List<(string, ContactDetail)>> owners, string id)
    {
        if (!owners.TryGetValue(id, out var list))
        {
            owners[id] = list = [];
        }

        return list;
    }

    private static NetworkNode Designee(WatchListEntry entry, Dictionary<string, NetworkNode> nodes)
    {
        var id = NodeId(entry);
        if (!nodes.TryGetValue(id, out var node))
        {
            nodes[id] = node = new NetworkNode
            {
                Id = id, Kind = NodeKind.Designee, Label = entry.Name, Country = entry.Countries.FirstOrDefault(), Designee = entry,
            };
        }

        return node;
    }

    /// <summary>The node id of a watch-list entry.</summary>
    public static string NodeId(WatchListEntry entry) => $"D:{entry.List}:{entry.Id}";
}
