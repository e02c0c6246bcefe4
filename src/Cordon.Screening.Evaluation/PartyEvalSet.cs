namespace Cordon.Screening.Evaluation;

/// <summary>A labelled party set: NAME.match.csv with columns name, type, country, dob, id, expected, expect, note.</summary>
public sealed record PartyEvalSet(string Name, string Path, IReadOnlyList<PartyEvalCase> Cases);
