namespace Cordon.Parties.Matching;

/// <summary>A watch-list candidate for a party name: which entry, which of its names matched, the score and its pieces.</summary>
public sealed record PartyMatch
{
    /// <summary>The entry.</summary>
    public required WatchListEntry Entry { get; init; }

    /// <summary>The name or alias that matched best.</summary>
    public required WatchListName MatchedName { get; init; }

    /// <summary>Score in [0,1].</summary>
    public required double Score { get; init; }

    /// <summary>Tier from the score.</summary>
    public required MatchTier Tier { get; init; }

    /// <summary>Token pieces of the score.</summary>
    public required IReadOnlyList<ScorePiece> Pieces { get; init; }

    /// <summary>Sentences: which name matched, what was ignored, what supporting fields did.</summary>
    public required IReadOnlyList<string> Explanation { get; init; }

    /// <summary>Set when an analyst cleared this party against this entry: it then does not alert.</summary>
    public Clearance? Clearance { get; init; }
}
