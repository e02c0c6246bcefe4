namespace Cordon.Storage;

/// <summary>A watch list imported into the store: its name, where it was read from, when, and how many entries it holds.</summary>
public sealed record StoredWatchList(string Name, string Source, DateTimeOffset ImportedAt, long Entries);
