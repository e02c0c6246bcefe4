namespace Cordon.Parties.Matching;

/// <summary>An analyst's record that a party is not a given watch-list entry (a false positive): who, when, why, and a digest of
/// the entry as it read then (<see cref="WatchListEntry.Digest"/>); revoked with who, when and why.</summary>
public sealed record Clearance(string PartyKey, string List, string EntryId, string By, DateTimeOffset At, string? Note)
{
    /// <summary>The entry's digest when it was cleared; null for clearances recorded before digests were kept.</summary>
    public string? EntryDigest { get; init; }

    /// <summary>Who revoked it, if anyone.</summary>
    public string? RevokedBy { get; init; }

    /// <summary>When it was revoked.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Why it was revoked.</summary>
    public string? RevokeReason { get; init; }

    /// <summary>True once revoked: it no longer applies.</summary>
    public bool IsRevoked => RevokedAt is not null;
}
