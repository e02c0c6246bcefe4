using Cordon.Network.Queries;

namespace Cordon.Network.Risk;

/// <summary>A network risk feature that fired for a party, with the path that explains it.</summary>
public sealed record NetworkRiskFinding(NetworkFeature Feature, NetworkPath Path)
{
    /// <summary>The feature and its path in words.</summary>
    public string Explanation => $"{Feature.Explains} Path: {Path.Describe()}";
}
