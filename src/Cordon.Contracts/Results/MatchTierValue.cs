namespace Cordon.Contracts.Results;

/// <summary>A party candidate's tier (JSON: none, review, match).</summary>
public enum MatchTierValue
{
    /// <summary>Below review.</summary>
    None,

    /// <summary>Worth a look.</summary>
    Review,

    /// <summary>A match.</summary>
    Match,
}
