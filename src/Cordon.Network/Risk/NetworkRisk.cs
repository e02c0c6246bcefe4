using Cordon.Network.Graph;
using Cordon.Network.Queries;
using Cordon.Network.Resolution;

namespace Cordon.Network.Risk;

/// <summary>What a supplier network says about a declaration's party: a trading partner (or a partner's partner) matches a
/// designee, or the party shares a contact detail with one. A party that itself matches a designee is the party screen's
/// finding, not this one.</summary>
public sealed class NetworkRisk(SupplyNetwork network)
{
    /// <summary>The network the answers come from.</summary>
    public SupplyNetwork Network => network;

    /// <summary>The features that fire for a party as a row writes it; none for a party the network does not know.</summary>
    public IReadOnlyList<NetworkRiskFinding> For(TradeParty party)
    {
        if (network.PartyOfSpelling(SpellingKey.Of(party)) is not { } node)
        {
            return [];
        }

        var findings = new List<NetworkRiskFinding>();
        if (SharedContactWithDesignee(node) is { } contactPath)
        {
            findings.Add(new NetworkRiskFinding(network.Model.Risk("network-designee-contact"), contactPath));
        }

        if (!MatchesDesignee(node.Id) && NearestDesigneeOverTrade(node) is { } near)
        {
            var (hops, path) = near;
            var feature = hops == 1 ? "network-designee-one-hop" : "network-designee-two-hops";
            findings.Add(new NetworkRiskFinding(network.Model.Risk(feature), path));
        }

        return findings;
    }

    private bool MatchesDesignee(string party) => network.EdgesOf(party).Any(e => e.Kind == EdgeKind.MatchesDesignee && e.From == party);

    private NetworkPath? SharedContactWithDesignee(NetworkNode party)
    {
        foreach (var toContact in network.EdgesOf(party.Id).Where(e => e.Kind == EdgeKind.HasContact).OrderBy(e => e.Index))
        {
            var contact = network.Node(toContact.To)!;
            if (network.EdgesOf(contact.Id).FirstOrDefault(e => e.Kind == EdgeKind.HasContact && network.Node(e.From)!.Kind == NodeKind.Designee) is { } toDesignee)
            {
                return new NetworkPath([new PathStep(party, null), new PathStep(contact, toContact), new PathStep(network.Node(toDesignee.From)!, toDesignee)]);
            }
        }

        return null;
    }

    // Parties a trade edge, a shared contact or a watch-list link away count as one hop; the first whose party matches a
    // designee (or is one) within the model's hops gives the path, ending at the designee.
    private (int Hops, NetworkPath Path)? NearestDesigneeOverTrade(NetworkNode party)
    {
        var via = new Dictionary<string, NetworkEdge?>(StringComparer.Ordinal) { [party.Id] = null };
        var frontier = new List<string> { party.Id };
        for (var hop = 1; hop <= network.Model.MaxHops && frontier.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var (edge, neighbour) in Neighbours(id))
                {
                    // A designee whose contact detail the party itself gives is the contact feature's finding, not a hop.
                    if (via.ContainsKey(neighbour) || (hop == 1 && edge.Kind == EdgeKind.HasContact && network.Node(neighbour)!.Kind == NodeKind.Designee))
                    {
                        continue;
                    }

                    via[neighbour] = edge;
                    next.Add(neighbour);
                    var node = network.Node(neighbour)!;
                    var designeeEdge = node.Kind == NodeKind.Designee ? null
                        : network.EdgesOf(neighbour).FirstOrDefault(e => e.Kind == EdgeKind.MatchesDesignee && e.From == neighbour);
                    if (node.Kind == NodeKind.Designee || designeeEdge is not null)
                    {
                        var steps = Steps(via, neighbour);
                        if (designeeEdge is not null)
                        {
                            steps.Add(new PathStep(network.Node(designeeEdge.To)!, designeeEdge));
                        }

                        return (hop, new NetworkPath(steps));
                    }
                }
            }

            frontier = next;
        }

        return null;
    }

    // One hop: a trade edge, a watch-list link, or a contact detail two parties share (the contact node is stepped over).
    private IEnumerable<(NetworkEdge Edge, string Node)> Neighbours(string id)
    {
        foreach (var edge in network.EdgesOf(id).OrderBy(e => e.Index))
        {
            switch (edge.Kind)
            {
                case EdgeKind.ShippedTo or EdgeKind.NotifyFor or EdgeKind.LinkedTo:
                    yield return (edge, edge.Other(id));
                    break;
                case EdgeKind.HasContact when edge.From == id:
                    foreach (var other in network.EdgesOf(edge.To).Where(e => e.Kind == EdgeKind.HasContact && e.From != id))
                    {
                        yield return (other, other.From);
                    }

                    break;
            }
        }
    }

    private List<PathStep> Steps(Dictionary<string, NetworkEdge?> via, string to)
    {
        var steps = new List<PathStep>();
        var at = to;
        while (via[at] is { } edge)
        {
            steps.Add(new PathStep(network.Node(at)!, edge));
            at = edge.Kind == EdgeKind.HasContact ? PreviousOwner(via, at, edge) : edge.Other(at);
        }

        steps.Add(new PathStep(network.Node(at)!, null));
        steps.Reverse();
        return steps;
    }

    // A shared-contact hop was recorded with the far owner's edge; the near owner is the visited party that gives the same detail.
    private string PreviousOwner(Dictionary<string, NetworkEdge?> via, string at, NetworkEdge edge) =>
        network.EdgesOf(edge.To).Where(e => e.Kind == EdgeKind.HasContact && e.From != at && via.ContainsKey(e.From)).Select(e => e.From).First();
}
