namespace Cordon.Storage;

/// <summary>What a party store of an earlier Cordon held (lists, their entries, clearances), to be imported once.</summary>
public sealed record LegacyPartyData(IReadOnlyList<StoredWatchList> Lists, IReadOnlyList<StoredListEntry> Entries, IReadOnlyList<StoredClearance> Clearances);
