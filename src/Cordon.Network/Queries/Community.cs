using Cordon.Network.Graph;

namespace Cordon.Network.Queries;

/// <summary>A group of parties more tied to one another than to the rest (label propagation over trade and contact links).</summary>
public sealed record Community(int Number, IReadOnlyList<NetworkNode> Members, int FlaggedRows, IReadOnlyList<NetworkNode> Designees);
