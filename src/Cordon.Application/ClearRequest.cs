namespace Cordon.Application;

/// <summary>A request to record that a party is not a watch-list entry: the party as written, the list and its id for the
/// entry, who clears it and why.</summary>
public sealed record ClearRequest(string Party, string List, string EntryId, string By, string? Note);
