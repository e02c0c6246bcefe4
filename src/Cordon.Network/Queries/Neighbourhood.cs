using Cordon.Network.Graph;

namespace Cordon.Network.Queries;

/// <summary>The nodes within some hops of a party, and the edges among them; <see cref="Truncated"/> when a bound cut it.</summary>
public sealed record Neighbourhood(NetworkNode Center, int Depth, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, bool Truncated);
