namespace Cordon.Contracts.Knowledge;

/// <summary>One clause of a class definition: its label, the law's words for it, what kind of change it allows, and any
/// reading a reviewer should know of.</summary>
public sealed record KbClause(string Clause, string Text, string Kind, string? Review, string? Effective);
