namespace Cordon.Screening.Evaluation;

/// <summary>One evaluated party row: the tier given to the entry it is about (or to the best candidate), its score, and whether that is right.</summary>
public sealed record PartyEvalRow(PartyEvalCase Case, string Actual, double Score, bool Correct, string Message);
