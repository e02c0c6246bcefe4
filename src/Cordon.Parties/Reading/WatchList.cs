namespace Cordon.Parties.Reading;

/// <summary>A watch list as read: its name, entries, and the lines that could not be read.</summary>
public sealed record WatchList(string Name, IReadOnlyList<WatchListEntry> Entries, IReadOnlyList<ReadProblem> Problems);
