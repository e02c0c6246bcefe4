namespace Cordon.Contracts;

/// <summary>A clearance as the API shows it: the party's key (its words, sorted), the entry, who cleared it, when and why, the
/// entry's digest then, and any revocation.</summary>
public sealed record ClearanceView(string Status, string PartyKey, string List, string EntryId, string ClearedBy, DateTimeOffset ClearedAt, string? Note,
    string? EntryDigest, string? RevokedBy, DateTimeOffset? RevokedAt, string? RevokeReason);
