namespace Cordon.Contracts;

/// <summary>Body of <c>POST /v1/parties/clearances</c>: record that a party is not a watch-list entry.</summary>
/// <param name="Party">The party name as it appears on declarations.</param>
/// <param name="List">The list, e.g. OFAC-SDN (one of the server's watch lists).</param>
/// <param name="EntryId">The list's id for the entry (OFAC ent_num).</param>
/// <param name="Note">Why it is not the entry (required; shown with every match it silences).</param>
public sealed record ClearanceBody(string? Party, string? List, string? EntryId, string? Note);
