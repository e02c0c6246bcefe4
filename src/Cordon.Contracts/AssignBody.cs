namespace Cordon.Contracts;

/// <summary>Body of <c>POST /v1/rows/{id}/assign</c>.</summary>
/// <param name="Assignee">The user name to assign the row to (a user of the caller's team), or null to unassign it.</param>
/// <param name="Version">The row version the caller saw; a row changed since is refused with 409 and its current state.</param>
public sealed record AssignBody(string? Assignee, int Version);
