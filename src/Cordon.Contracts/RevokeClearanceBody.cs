namespace Cordon.Contracts;

/// <summary>Body of <c>POST /v1/parties/clearances/revoke</c>: revoke a standing clearance (the record is kept).</summary>
/// <param name="Party">The party name as it was cleared.</param>
/// <param name="List">The list.</param>
/// <param name="EntryId">The list's id for the entry.</param>
/// <param name="Reason">Why the clearance no longer holds (required).</param>
public sealed record RevokeClearanceBody(string? Party, string? List, string? EntryId, string? Reason);
