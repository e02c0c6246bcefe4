namespace Cordon.Network.Resolution;

/// <summary>Why two spellings were made one party: the pair, the merge score and its feature vector, or the analyst who said so.</summary>
public sealed record MergeEvidence
{
    /// <summary>One spelling as written.</summary>
    public required string Name { get; init; }

    /// <summary>The other spelling as written.</summary>
    public required string OtherName { get; init; }

    /// <summary>The merge score (the sum of the feature contributions); 1 for an analyst's merge.</summary>
    public required double Score { get; init; }

    /// <summary>The features that made the score.</summary>
    public required IReadOnlyList<FeatureScore> Features { get; init; }

    /// <summary>"model" (the network model's id follows in <see cref="Model"/>) or "analyst".</summary>
    public required string DecidedBy { get; init; }

    /// <summary>The network model's id, or the analyst's decision note.</summary>
    public required string Model { get; init; }
}
