namespace Cordon.Network.Graph;

/// <summary>How long one step of building a network took (reading rows, resolving parties, matching designees, …), so that a
/// slow build says where its time went.</summary>
public sealed record NetworkBuildPhase(string Name, double Seconds);
