namespace Cordon.Application;

/// <summary>One party query as a caller gives it (text fields; the parser checks each and fails closed).</summary>
public sealed record PartyQueryText(string? Name, string? Country = null, string? Dob = null, string? Id = null, string? Type = null,
    string? Gender = null, string? Address = null);
