namespace Cordon.Screening.Evaluation;

/// <summary>A labelled evaluation set: NAME.check.csv or NAME.screen.csv with columns input, expected, expect, note.</summary>
public sealed record EvalSet(string Name, string Path, EvalMode Mode, IReadOnlyList<EvalCase> Cases);
