using Cordon.Parties.Matching;

namespace Cordon.Network.Graph;

/// <summary>An edge of the supplier network, with its evidence: the rows of a trade edge, the match of a designee edge, the
/// detail as written of a contact edge, the remark of a watch-list link.</summary>
public sealed record NetworkEdge
{
    /// <summary>The edge's index in its network.</summary>
    public required int Index { get; init; }

    /// <summary>What the edge says.</summary>
    public required EdgeKind Kind { get; init; }

    /// <summary>The node it leaves.</summary>
    public required string From { get; init; }

    /// <summary>The node it reaches.</summary>
    public required string To { get; init; }

    /// <summary>The rows behind a trade edge.</summary>
    public TradeStats? Trade { get; init; }

    /// <summary>The watch-list match behind a designee edge.</summary>
    public PartyMatch? Match { get; init; }

    /// <summary>What the edge rests on, in words (the detail as written, the remark, the match's explanation).</summary>
    public required string Evidence { get; init; }

    /// <summary>The node at the other end from <paramref name="node"/>.</summary>
    public string Other(string node) => node == From ? To : From;
}
