namespace Cordon.Parties.Matching;

/// <summary>A watch-list candidate for a party: which entry, which of its names matched, the score, its feature vector and why.</summary>
public sealed record PartyMatch
{
    /// <summary>The entry.</summary>
    public required WatchListEntry Entry { get; init; }

    /// <summary>The name or alias that matched best.</summary>
    public required WatchListName MatchedName { get; init; }

    /// <summary>Score in [0,1].</summary>
    public required double Score { get; init; }

    /// <summary>Tier from the score and the caps (weak alias, very common name).</summary>
    public required MatchTier Tier { get; init; }

    /// <summary>The scoring model: algorithm id and version ("cordon-party-v2@2026.12.02").</summary>
    public required string Algorithm { get; init; }

    /// <summary>The feature vector: each named feature of the model and its contribution (0 when it did not apply).</summary>
    public required IReadOnlyList<FeatureValue> Features { get; init; }

    /// <summary>Token pieces of the name score.</summary>
    public required IReadOnlyList<ScorePiece> Pieces { get; init; }

    /// <summary>Sentences: which name matched, what was ignored, what supporting fields did, what capped the tier.</summary>
    public required IReadOnlyList<string> Explanation { get; init; }

    /// <summary>Flags: "obfuscated-name" (folding undid a disguise), "transliterated", "common-name", "weak-alias", "identifier".</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>Set when an analyst cleared this party against this entry (and the entry has not changed since): it then does not alert.</summary>
    public Clearance? Clearance { get; init; }

    /// <summary>A clearance made when the entry read differently (a new alias or remark): the match is back for review.</summary>
    public Clearance? StaleClearance { get; init; }
}
