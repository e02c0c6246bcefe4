namespace Cordon.Network.Resolution;

/// <summary>One feature's contribution to a merge score: its value (0..1 for the name, 1 when a flag fired) times its weight.</summary>
public sealed record FeatureScore(string Name, double Value, double Weight)
{
    /// <summary>What the feature adds to the score.</summary>
    public double Contribution => Value * Weight;
}
