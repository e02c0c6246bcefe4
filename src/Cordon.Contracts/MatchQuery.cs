namespace Cordon.Contracts;

/// <summary>One party: its name and what else is known (country as ISO code or name; date of birth as a day, month, year
/// or range; an identifier; person or company; gender; address).</summary>
public sealed record MatchQuery(string? Name, string? Country, string? Dob, string? Id, string? Type, string? Gender, string? Address);
