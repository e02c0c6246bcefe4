using Cordon.Network.Graph;

namespace Cordon.Network.Queries;

/// <summary>The questions an investigator asks of a supplier network. Every answer carries the edges it rests on.</summary>
public static class NetworkQueries
{
    /// <summary>Most nodes a neighbourhood returns: past it the answer says it was cut, rather than drawing a hairball.</summary>
    public const int MaxNeighbourhoodNodes = 2_000;

    /// <summary>Nodes a neighbourhood returns unless asked for more (up to <see cref="MaxNeighbourhoodNodes"/>): as many as a
    /// drawing shows legibly, and a hub's answer stays quick (a depth-2 hub at the full bound carries some 1.5 MB of edges).</summary>
    public const int DefaultNeighbourhoodNodes = 500;

    /// <summary>The nodes within <paramref name="depth"/> hops of <paramref name="center"/> (any edge, either way; trade edges
    /// that pass <paramref name="filter"/>), and every edge among them.</summary>
    public static Neighbourhood Neighbourhood(SupplyNetwork network, NetworkNode center, int depth, TradeFilter? filter = null, int maxNodes = MaxNeighbourhoodNodes)
    {
        filter ??= TradeFilter.None;
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [center.Id] = 0 };
        var frontier = new List<string> { center.Id };
        var truncated = false;
        for (var d = 1; d <= depth && frontier.Count > 0 && !truncated; d++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var edge in network.EdgesOf(id).Where(filter.Passes))
                {
                    var other = edge.Other(id);
                    if (distance.ContainsKey(other))
                    {
                        continue;
                    }

                    if (distance.Count >= maxNodes)
                    {
                        truncated = true;
                        break;
                    }

                    distance[other] = d;
                    next.Add(other);
                }
            }

            frontier = next;
        }

        var edges = distance.Keys.SelectMany(network.EdgesOf).Where(e => filter.Passes(e) && distance.ContainsKey(e.From) && distance.ContainsKey(e.To))
            .DistinctBy(e => e.Index).OrderBy(e => e.Index).ToList();
        var nodes = distance.OrderBy(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).Select(d => network.Node(d.Key)!).ToList();
        return new Neighbourhood(center, depth, nodes, edges, truncated);
    }

    /// <summary>Buyers that buy from <paramref name="buyer"/>'s suppliers, most shared suppliers first, then most flagged rows.</summary>
    public static IReadOnlyList<SharedSupplierBuyer> SharedSuppliers(SupplyNetwork network, NetworkNode buyer, TradeFilter? filter = null, int top = 50)
    {
        filter ??= TradeFilter.None;
        var suppliers = network.EdgesOf(buyer.Id).Where(e => e.Kind == EdgeKind.ShippedTo && e.To == buyer.Id && filter.Passes(e)).Select(e => e.From).ToHashSet(StringComparer.Ordinal);
        var others = new Dictionary<string, List<NetworkEdge>>(StringComparer.Ordinal);
        foreach (var supplier in suppliers)
        {
            foreach (var edge in network.EdgesOf(supplier).Where(e => e.Kind == EdgeKind.ShippedTo && e.From == supplier && e.To != buyer.Id && filter.Passes(e)))
            {
                if (!others.TryGetValue(edge.To, out var list))
                {
                    others[edge.To] = list = [];
                }

                list.Add(edge);
            }
        }

        return others.Select(o => new SharedSupplierBuyer(network.Node(o.Key)!, o.Value.Select(e => network.Node(e.From)!).ToList(),
                o.Value.Sum(e => e.Trade!.Rows), o.Value.Sum(e => e.Trade!.FlaggedRows), o.Value.Sum(e => e.Trade!.HighRiskRows), o.Value))
            .OrderByDescending(b => b.Suppliers.Count).ThenByDescending(b => b.FlaggedRows).ThenByDescending(b => b.HighRiskRows)
            .ThenBy(b => b.Buyer.Id, StringComparer.Ordinal).Take(top).ToList();
    }

    /// <summary>The shortest path from <paramref name="from"/> to each designee within <paramref name="maxHops"/> edges, nearest first.</summary>
    public static IReadOnlyList<NetworkPath> PathsToDesignees(SupplyNetwork network, NetworkNode from, int maxHops = 4, TradeFilter? filter = null, int top = 20)
    {
        filter ??= TradeFilter.None;
        // A node whose nearest designee is further than the hops left cannot be on any path found (a filter only removes edges,
        // so the unfiltered distance stays a lower bound): skipping it leaves the answer as it was and the walk small.
        var prune = maxHops <= SupplyNetwork.DesigneeReach;
        if (prune && network.HopsToDesignee(from.Id) > maxHops)
        {
            return [];
        }

        var via = new Dictionary<string, NetworkEdge?>(StringComparer.Ordinal) { [from.Id] = null };
        var frontier = new List<string> { from.Id };
        var found = new List<NetworkPath>();
        for (var hop = 1; hop <= maxHops && frontier.Count > 0 && found.Count < top; hop++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                // A node's edges are kept in index order, so the first path found is the same on every run.
                foreach (var edge in network.EdgesOf(id).Where(filter.Passes))
                {
                    var other = edge.Other(id);
                    if (via.ContainsKey(other) || (prune && hop + network.HopsToDesignee(other) > maxHops))
                    {
                        continue;
                    }

                    via[other] = edge;
                    next.Add(other);
                    if (network.Node(other)!.Kind == NodeKind.Designee && found.Count < top)
                    {
                        found.Add(Path(network, via, other));
                    }
                }
            }

            frontier = next;
        }

        return found;
    }

    /// <summary>Parties whose rows carry the most controlled or suspect chemistry.</summary>
    public static IReadOnlyList<PartyChemistryRank> MostFlagged(SupplyNetwork network, int top = 50) =>
        network.Nodes.Where(n => n.Kind == NodeKind.Party && n.Party!.FlaggedRows > 0)
            .Select(n => new PartyChemistryRank(n, n.Party!.FlaggedRows, n.Party.ShipperRows + n.Party.ConsigneeRows + n.Party.NotifyRows,
                network.EdgesOf(n.Id).Where(e => e.Trade is not null).Select(e => e.Other(n.Id)).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(r => r.FlaggedRows).ThenByDescending(r => r.Rows).ThenBy(r => r.Party.Id, StringComparer.Ordinal).Take(top).ToList();

    /// <summary>Communities of parties and designees by label propagation over trade rows and shared contact details (a shared
    /// detail weighs as three rows), largest flagged share first; groups under <paramref name="minSize"/> are left out.</summary>
    public static IReadOnlyList<Community> Communities(SupplyNetwork network, int minSize = 3, int top = 50)
    {
        var members = network.Nodes.Where(n => n.Kind != NodeKind.Contact).Select(n => n.Id).ToList();
        var index = members.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var neighbours = members.Select(_ => new Dictionary<int, double>()).ToArray();
        void Link(int a, int b, double weight)
        {
            if (a != b)
            {
                neighbours[a][b] = neighbours[a].GetValueOrDefault(b) + weight;
                neighbours[b][a] = neighbours[b].GetValueOrDefault(a) + weight;
            }
        }

        foreach (var edge in network.Edges)
        {
            if (index.TryGetValue(edge.From, out var a) && index.TryGetValue(edge.To, out var b))
            {
                Link(a, b, edge.Trade?.Rows ?? 3);
            }
        }

        // A contact node is replaced by links among its owners; a detail shared by very many (a forwarder's address) says little.
        foreach (var contact in network.Nodes.Where(n => n.Kind == NodeKind.Contact))
        {
            var owners = network.EdgesOf(contact.Id).Select(e => index[e.Other(contact.Id)]).Distinct().ToList();
            var weight = owners.Count <= 10 ? 3.0 : 30.0 / owners.Count;
            for (var i = 0; i < owners.Count; i++)
            {
                for (var j = i + 1; j < owners.Count && j < 200; j++)
                {
                    Link(owners[i], owners[j], weight);
                }
            }
        }

        var label = Enumerable.Range(0, members.Count).ToArray();
        for (var round = 0; round < 30; round++)
        {
            var changed = false;
            for (var i = 0; i < members.Count; i++)
            {
                if (neighbours[i].Count == 0)
                {
                    continue;
                }

                var best = neighbours[i].GroupBy(n => label[n.Key]).Select(g => (Label: g.Key, Weight: g.Sum(n => n.Value)))
                    .OrderByDescending(g => g.Weight).ThenBy(g => g.Label).First().Label;
                if (best != label[i])
                {
                    label[i] = best;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return Enumerable.Range(0, members.Count).GroupBy(i => label[i]).Where(g => g.Count() >= minSize)
            .Select(g => g.Select(i => network.Node(members[i])!).ToList())
            .Select(nodes => (Nodes: nodes, Flagged: nodes.Sum(n => n.Party?.FlaggedRows ?? 0)))
            .OrderByDescending(c => c.Flagged).ThenByDescending(c => c.Nodes.Count).ThenBy(c => c.Nodes[0].Id, StringComparer.Ordinal)
            .Take(top)
            .Select((c, i) => new Community(i + 1, c.Nodes.Where(n => n.Kind == NodeKind.Party).ToList(), c.Flagged, c.Nodes.Where(n => n.Kind == NodeKind.Designee).ToList()))
            .ToList();
    }

    private static NetworkPath Path(SupplyNetwork network, Dictionary<string, NetworkEdge?> via, string to)
    {
        var steps = new List<PathStep>();
        var at = to;
        while (via[at] is { } edge)
        {
            steps.Add(new PathStep(network.Node(at)!, edge));
            at = edge.Other(at);
        }

        steps.Add(new PathStep(network.Node(at)!, null));
        steps.Reverse();
        return new NetworkPath(steps);
    }
}
