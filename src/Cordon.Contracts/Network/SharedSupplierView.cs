namespace Cordon.Contracts.Network;

/// <summary>A buyer that shares suppliers with the one asked about: which, and its rows from them (the edges are the evidence).</summary>
public sealed record SharedSupplierView(NetworkNodeView Buyer, IReadOnlyList<NetworkNodeView> Suppliers, int Rows, int FlaggedRows, int HighRiskRows,
    IReadOnlyList<NetworkEdgeView> Edges);
