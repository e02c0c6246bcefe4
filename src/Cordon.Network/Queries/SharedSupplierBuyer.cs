using Cordon.Network.Graph;

namespace Cordon.Network.Queries;

/// <summary>A buyer that shares suppliers with another: which suppliers, and how many and how risky its rows from them are.</summary>
public sealed record SharedSupplierBuyer(NetworkNode Buyer, IReadOnlyList<NetworkNode> Suppliers, int Rows, int FlaggedRows, int HighRiskRows,
    IReadOnlyList<NetworkEdge> Evidence);
