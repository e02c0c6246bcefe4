using Cordon.Contracts.Network;
using Cordon.Network.Export;
using Cordon.Network.Graph;
using Cordon.Network.Queries;

namespace Cordon.Application.Network;

/// <summary>Network answers as the API and the CLI's JSON write them (Cordon.Contracts.Network).</summary>
public static class NetworkViews
{
    /// <summary>A node.</summary>
    public static NetworkNodeView Node(NetworkNode node) => new()
    {
        Id = node.Id, Kind = node.Kind.ToString().ToLowerInvariant(), Label = node.Label, Country = node.Country,
        Rows = node.Party is { } p ? p.ShipperRows + p.ConsigneeRows + p.NotifyRows : null, FlaggedRows = node.Party?.FlaggedRows,
        Spellings = node.Party?.Spellings.Take(20).Select(s => new NetworkSpellingView(s.Key, s.Name, s.Rows)).ToList(),
        List = node.Designee?.List, EntryId = node.Designee?.Id, Programs = node.Designee?.Programs,
        ContactKind = node.Contact?.Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>An edge.</summary>
    public static NetworkEdgeView Edge(NetworkEdge edge) => new()
    {
        Index = edge.Index, Kind = NetworkExport.Kind(edge.Kind), From = edge.From, To = edge.To, Rows = edge.Trade?.Rows, FlaggedRows = edge.Trade?.FlaggedRows,
        HighRiskRows = edge.Trade?.HighRiskRows, First = edge.Trade?.First, Last = edge.Trade?.Last,
        Chapters = edge.Trade?.Chapters.ToDictionary(c => c.Key, c => c.Value), RowKeys = edge.Trade?.RowKeys, Score = edge.Match?.Score, Evidence = edge.Evidence,
    };

    /// <summary>Row keys a neighbourhood's edge carries; its row count says how many there are.</summary>
    public const int GraphRowKeys = 10;

    /// <summary>A neighbourhood, slimmed for drawing up to 2,000 nodes: each party with its main spelling only (the party's own
    /// answer lists them all) and each edge with its first <see cref="GraphRowKeys"/> row keys.</summary>
    public static NetworkGraphView Graph(SupplyNetwork network, Neighbourhood n) =>
        new(network.Model.Id, n.Center.Id, n.Depth, n.Truncated, n.Nodes.Select(GraphNode).ToList(), n.Edges.Select(GraphEdge).ToList());

    private static NetworkNodeView GraphNode(NetworkNode node)
    {
        var view = Node(node);
        return view.Spellings is { Count: > 1 } all ? view with { Spellings = all.Take(1).ToList() } : view;
    }

    private static NetworkEdgeView GraphEdge(NetworkEdge edge)
    {
        var view = Edge(edge);
        return view.RowKeys is { Count: > GraphRowKeys } keys ? view with { RowKeys = keys.Take(GraphRowKeys).ToList() } : view;
    }

    /// <summary>A buyer sharing suppliers.</summary>
    public static SharedSupplierView Shared(SharedSupplierBuyer b) =>
        new(Node(b.Buyer), b.Suppliers.Select(Node).ToList(), b.Rows, b.FlaggedRows, b.HighRiskRows, b.Evidence.Select(Edge).ToList());

    /// <summary>A path.</summary>
    public static NetworkPathView Path(NetworkPath path) =>
        new(path.Hops, path.Describe(), path.Steps.Select(s => Node(s.Node)).ToList(), path.Steps.Where(s => s.Via is not null).Select(s => Edge(s.Via!)).ToList());

    /// <summary>A community.</summary>
    public static NetworkCommunityView Community(Community c) =>
        new(c.Number, c.FlaggedRows, c.Members.Select(Node).ToList(), c.Designees.Select(Node).ToList());

    /// <summary>A ranked party.</summary>
    public static NetworkRankView Rank(PartyChemistryRank r) => new(Node(r.Party), r.FlaggedRows, r.Rows, r.Counterparties);

    /// <summary>A party with its spellings and merges.</summary>
    public static NetworkPartyView Party(NetworkNode node) => new(Node(node) with { Spellings = null },
        node.Party!.Spellings.Select(s => new NetworkSpellingView(s.Key, s.Name, s.Rows)).ToList(),
        node.Party.Contacts.Select(c => $"{c.Kind.ToString().ToLowerInvariant()}: {c.Text}").ToList(),
        node.Party.Merges.Select(m => new NetworkMergeView(m.Name, m.OtherName, m.Score,
            m.Features.Select(f => new NetworkFeatureView(f.Name, Math.Round(f.Value, 4), f.Weight, Math.Round(f.Contribution, 4))).ToList(), m.DecidedBy, m.Model)).ToList());

    /// <summary>What the network holds.</summary>
    public static NetworkSummaryView Summary(SupplyNetwork network) => new(network.Model.Id, network.Rows,
        network.Nodes.Count(n => n.Kind == NodeKind.Party), network.Resolution.Parties.Sum(p => p.Spellings.Count),
        network.Nodes.Count(n => n.Kind == NodeKind.Designee), network.Nodes.Count(n => n.Kind == NodeKind.Contact),
        network.Edges.GroupBy(e => NetworkExport.Kind(e.Kind)).ToDictionary(g => g.Key, g => g.Count()), network.Resolution.PairsScored,
        network.Resolution.HeldApart, network.Phases.Select(p => new NetworkBuildPhaseView(p.Name, p.Seconds)).ToList());
}
