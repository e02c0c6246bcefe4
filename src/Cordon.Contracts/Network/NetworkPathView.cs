namespace Cordon.Contracts.Network;

/// <summary>A shortest path from a party to a designee: its nodes in order, the edge into each (none for the first), and in words.</summary>
public sealed record NetworkPathView(int Hops, string Description, IReadOnlyList<NetworkNodeView> Nodes, IReadOnlyList<NetworkEdgeView> Edges);
