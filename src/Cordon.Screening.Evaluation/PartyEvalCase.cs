using Cordon.Parties.Matching;

namespace Cordon.Screening.Evaluation;

/// <summary>One labelled row of a party set: the query, the tier expected (match, review, none), the entry it is about and what it tests.</summary>
/// <param name="Line">1-based line in the set's file.</param>
/// <param name="Query">The party with its supporting fields.</param>
/// <param name="Expected">match, review or none.</param>
/// <param name="Expect">The list id of the entry the row is about; when empty, the row is about the best candidate, whichever it is.</param>
/// <param name="Note">What the row tests.</param>
public sealed record PartyEvalCase(int Line, PartyQuery Query, string Expected, string? Expect, string Note);
