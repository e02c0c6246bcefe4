using Cordon.Network.Resolution;

namespace Cordon.Network.Graph;

/// <summary>The supplier network of a set of declarations: resolved parties, the designees they match or are near, the contact
/// details two or more of them share, and the edges between, each with its evidence. Kept in memory: a million declarations
/// make some hundred thousand nodes, and the queries walk a few hops from one node.</summary>
public sealed class SupplyNetwork
{
    private readonly Dictionary<string, NetworkNode> _nodes;
    private readonly Dictionary<string, List<int>> _edgesOf;
    private readonly Dictionary<string, string> _partyOfSpelling;
    private readonly Lazy<Dictionary<string, int>> _hopsToDesignee;

    internal SupplyNetwork(IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges, PartyResolution resolution, NetworkModel model, int rows,
        List<NetworkBuildPhase> phases)
    {
        _hopsToDesignee = new Lazy<Dictionary<string, int>>(DesigneeDistances, LazyThreadSafetyMode.ExecutionAndPublication);
        Phases = phases;
        _nodes = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        Nodes = nodes;
        Edges = edges;
        Resolution = resolution;
        Model = model;
        Rows = rows;
        _edgesOf = new(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            Add(edge.From, edge.Index);
            Add(edge.To, edge.Index);
        }

        _partyOfSpelling = new(StringComparer.Ordinal);
        foreach (var party in resolution.Parties)
        {
            foreach (var spelling in party.Spellings)
            {
                _partyOfSpelling[spelling.Key] = party.Id;
            }
        }
    }

    /// <summary>Every node.</summary>
    public IReadOnlyList<NetworkNode> Nodes { get; }

    /// <summary>Every edge; an edge's <see cref="NetworkEdge.Index"/> is its place here.</summary>
    public IReadOnlyList<NetworkEdge> Edges { get; }

    /// <summary>How the parties were resolved.</summary>
    public PartyResolution Resolution { get; }

    /// <summary>The model that resolved parties and weighs network risk.</summary>
    public NetworkModel Model { get; }

    /// <summary>Declarations the network was built from.</summary>
    public int Rows { get; }

    /// <summary>How long each step of the build took, in order (the last, indexing, is added once this network exists).</summary>
    public IReadOnlyList<NetworkBuildPhase> Phases { get; }

    /// <summary>How far, in hops over any edge, the queries look for designees at most; <see cref="HopsToDesignee"/> knows no further.</summary>
    public const int DesigneeReach = 8;

    /// <summary>The fewest hops (any edge, either way) from a node to any designee, up to <see cref="DesigneeReach"/>; past it,
    /// or with no designee in reach, <see cref="int.MaxValue"/>. Computed once per network (one breadth-first search from every
    /// designee at once): a lower bound that lets a path search skip nodes with no designee within its remaining hops.</summary>
    public int HopsToDesignee(string id) => _hopsToDesignee.Value.TryGetValue(id, out var hops) ? hops : int.MaxValue;

    /// <summary>A node by id; null for none.</summary>
    public NetworkNode? Node(string id) => _nodes.GetValueOrDefault(id);

    /// <summary>The edges touching a node, either way.</summary>
    public IEnumerable<NetworkEdge> EdgesOf(string id) =>
        _edgesOf.TryGetValue(id, out var list) ? list.Select(i => Edges[i]) : [];

    /// <summary>The party node a spelling (its <see cref="SpellingKey"/>) resolved to; null for a spelling not in the network.</summary>
    public NetworkNode? PartyOfSpelling(string key) => _partyOfSpelling.TryGetValue(key, out var id) ? _nodes[id] : null;

    /// <summary>The node a reference names: a node id, or a party's spelling in any case and legal form (the first country's,
    /// when several countries write it alike), or a designee's name; failing those, the busiest party whose name holds every word.</summary>
    public NetworkNode? Find(string reference)
    {
        if (_nodes.TryGetValue(reference, out var byId))
        {
            return byId;
        }

        var words = SpellingKey.Of(reference, null);
        words = words[..words.IndexOf('|')];
        var party = _partyOfSpelling.Where(p => p.Key.StartsWith(words + "|", StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => _nodes[p.Value]).FirstOrDefault();
        party ??= Nodes.FirstOrDefault(n => n.Kind == NodeKind.Designee && SpellingKey.Of(n.Label, null).StartsWith(words + "|", StringComparison.Ordinal));
        if (party is not null || words.StartsWith('='))
        {
            return party;
        }

        // Else the party with the most rows among those one of whose spellings holds every word asked for ("Rio Humaya").
        var asked = words.Split(' ');
        return _partyOfSpelling.Where(p => asked.All(p.Key[..p.Key.IndexOf('|')].Split(' ').Contains))
            .Select(p => _nodes[p.Value]).DistinctBy(n => n.Id)
            .OrderByDescending(n => n.Party!.ShipperRows + n.Party.ConsigneeRows + n.Party.NotifyRows).ThenBy(n => n.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    private void Add(string node, int edge)
    {
        if (!_edgesOf.TryGetValue(node, out var list))
        {
            _edgesOf[node] = list = [];
        }

        list.Add(edge);
    }

    private Dictionary<string, int> DesigneeDistances()
    {
        var hops = Nodes.Where(n => n.Kind == NodeKind.Designee).ToDictionary(n => n.Id, _ => 0, StringComparer.Ordinal);
        var frontier = hops.Keys.ToList();
        for (var hop = 1; hop <= DesigneeReach && frontier.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var edge in EdgesOf(id))
                {
                    if (hops.TryAdd(edge.Other(id), hop))
                    {
                        next.Add(edge.Other(id));
                    }
                }
            }

            frontier = next;
        }

        return hops;
    }
}
