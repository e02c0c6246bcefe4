namespace Cordon.Storage;

/// <summary>A team's merge or split of two party spellings in its supplier network (the spellings' keys, in order), kept so
/// every later resolution respects it; the latest decision on a pair stands.</summary>
public sealed record StoredNetworkDecision(string Tenant, string Kind, string Key, string OtherKey, string DecidedBy, DateTimeOffset DecidedAt, string? Note);
