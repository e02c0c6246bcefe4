namespace Cordon.Contracts.Network;

/// <summary>Why two spellings are one party: the score and its features, or the analyst who merged them.</summary>
public sealed record NetworkMergeView(string Name, string OtherName, double Score, IReadOnlyList<NetworkFeatureView> Features, string DecidedBy, string Model);
