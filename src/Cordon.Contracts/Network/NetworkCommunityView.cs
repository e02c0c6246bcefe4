namespace Cordon.Contracts.Network;

/// <summary>A community of parties (label propagation over trade and shared contacts) with its flagged rows and designees.</summary>
public sealed record NetworkCommunityView(int Number, int FlaggedRows, IReadOnlyList<NetworkNodeView> Members, IReadOnlyList<NetworkNodeView> Designees);
