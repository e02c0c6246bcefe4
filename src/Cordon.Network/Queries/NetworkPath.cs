namespace Cordon.Network.Queries;

/// <summary>A shortest path from a party to a designee, every edge with its evidence.</summary>
public sealed record NetworkPath(IReadOnlyList<PathStep> Steps)
{
    /// <summary>Edges on the path.</summary>
    public int Hops => Steps.Count - 1;

    /// <summary>The path in words: "A → shipped to → B → matches → OFAC-SDN 123 'C'".</summary>
    public string Describe() => string.Join(" ", Steps.Select((s, i) => i == 0 ? $"'{s.Node.Label}'"
        : $"—{Verb(s)}→ '{s.Node.Label}'"));

    private static string Verb(PathStep step) => step.Via!.Kind switch
    {
        Graph.EdgeKind.ShippedTo => step.Via.To == step.Node.Id ? "shipped to" : "supplied by",
        Graph.EdgeKind.NotifyFor => "notify party with",
        Graph.EdgeKind.HasContact => "shares contact",
        Graph.EdgeKind.MatchesDesignee => "matches designee",
        Graph.EdgeKind.LinkedTo => "linked to",
        _ => step.Via.Kind.ToString(),
    };
}
