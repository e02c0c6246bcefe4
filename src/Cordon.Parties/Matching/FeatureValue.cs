namespace Cordon.Parties.Matching;

/// <summary>One named feature of a result and what it added to (or took from) the score.</summary>
public sealed record FeatureValue(string Name, double Value);
