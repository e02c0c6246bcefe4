namespace Cordon.Contracts.Network;

/// <summary>One step of building the network and how long it took, in seconds.</summary>
public sealed record NetworkBuildPhaseView(string Name, double Seconds);
