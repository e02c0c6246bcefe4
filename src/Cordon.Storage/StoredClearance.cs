namespace Cordon.Storage;

/// <summary>A team's record that a party is not a watch-list entry (a false positive), with the entry's digest when cleared
/// and, once revoked, who revoked it, when and why (the record is kept).</summary>
public sealed record StoredClearance(string Tenant, string PartyKey, string List, string EntryId, string ClearedBy, DateTimeOffset ClearedAt,
    string? Note, string? EntryDigest)
{
    /// <summary>Who revoked it, if anyone.</summary>
    public string? RevokedBy { get; init; }

    /// <summary>When it was revoked.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Why it was revoked.</summary>
    public string? RevokeReason { get; init; }
}
