namespace Cordon.Contracts.Network;

/// <summary>Part of the supplier network (a neighbourhood): its nodes and the edges among them.</summary>
public sealed record NetworkGraphView(string Model, string? Center, int Depth, bool Truncated, IReadOnlyList<NetworkNodeView> Nodes, IReadOnlyList<NetworkEdgeView> Edges);
