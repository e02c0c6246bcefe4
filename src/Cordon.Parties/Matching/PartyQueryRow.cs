namespace Cordon.Parties.Matching;

/// <summary>One row of a party file: its line, the query (or the error that kept it from being one), and every other column, echoed.</summary>
public sealed record PartyQueryRow(int Line, PartyQuery? Query, string Name, string? Error, IReadOnlyList<KeyValuePair<string, string>> Columns);
