namespace Cordon.Parties.Matching;

/// <summary>How strong a party match is (docs/party-matching.md).</summary>
public enum MatchTier
{
    /// <summary>Below the review threshold: not reported.</summary>
    None,

    /// <summary>Score at or above 0.70: an analyst should look.</summary>
    Review,

    /// <summary>Score at or above 0.88: the same party, barring a clearance.</summary>
    Match,
}
