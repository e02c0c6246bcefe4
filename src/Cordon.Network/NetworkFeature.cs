namespace Cordon.Network;

/// <summary>A named, weighted feature of the network model, with what it means.</summary>
public sealed record NetworkFeature(string Name, double Weight, string Explains);
