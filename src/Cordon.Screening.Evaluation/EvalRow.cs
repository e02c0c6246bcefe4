namespace Cordon.Screening.Evaluation;

/// <summary>One evaluated row: what was expected, what the pipeline said, and whether that is right.</summary>
/// <param name="Case">The labelled row.</param>
/// <param name="Actual">The status the pipeline gave.</param>
/// <param name="Correct">True when the status (and, for controlled, the jurisdiction or substance) is as expected.</param>
/// <param name="Miss">The kind of miss ("controlled called clear", "controlled, other substance"), or null.</param>
/// <param name="Message">The pipeline's message, for reading a miss.</param>
public sealed record EvalRow(EvalCase Case, string Actual, bool Correct, string? Miss, string Message);
