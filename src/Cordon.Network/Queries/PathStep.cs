using Cordon.Network.Graph;

namespace Cordon.Network.Queries;

/// <summary>One node of a path and the edge that led to it (null for the first), with that edge's evidence.</summary>
public sealed record PathStep(NetworkNode Node, NetworkEdge? Via);
