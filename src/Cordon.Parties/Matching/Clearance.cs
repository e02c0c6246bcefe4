namespace Cordon.Parties.Matching;

/// <summary>An analyst's record that a party is not a given watch-list entry (a false positive): who, when, why.</summary>
public sealed record Clearance(string PartyKey, string List, string EntryId, string By, DateTimeOffset At, string? Note);
