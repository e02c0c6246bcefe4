namespace Cordon.Contracts.Knowledge;

/// <summary>How an entry's structure was obtained (from the law's name by OPSIN, from an INN, …) and what it was checked against.</summary>
public sealed record KbStructureSource(string From, string Name, string? Formula, IReadOnlyList<string> Checked);
