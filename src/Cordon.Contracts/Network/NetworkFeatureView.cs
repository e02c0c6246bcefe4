namespace Cordon.Contracts.Network;

/// <summary>One feature of a merge score: value, weight, and what it added.</summary>
public sealed record NetworkFeatureView(string Name, double Value, double Weight, double Contribution);
