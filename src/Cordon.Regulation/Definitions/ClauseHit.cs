namespace Cordon.Regulation.Definitions;

/// <summary>One clause that applied to a structure: which, what it saw, and on which atoms.</summary>
/// <param name="Clause">The clause label, e.g. "A".</param>
/// <param name="Description">What was found, e.g. "phenyl of the phenethyl group replaced by thiophene (c1ccsc1)".</param>
/// <param name="Atoms">The atoms the clause rests on.</param>
/// <param name="Review">Why this clause needs review, or null.</param>
public sealed record ClauseHit(string Clause, string Description, IReadOnlyList<int> Atoms, string? Review);
