namespace Cordon.Screening.Evaluation;

/// <summary>One labelled row of an evaluation set.</summary>
/// <param name="Line">1-based line in the set's file.</param>
/// <param name="Input">The query or goods description (for a check set, "@path" reads a molfile beside the set).</param>
/// <param name="Expected">Expected status: controlled, suspect, clear or unresolved.</param>
/// <param name="Expect">For a controlled row, a jurisdiction code ("UN") or a substance id prefix that a controlling finding must have.</param>
/// <param name="Note">What the row tests.</param>
/// <param name="HsCode">The declared HS code of a screen row, if the set gives one.</param>
public sealed record EvalCase(int Line, string Input, string Expected, string? Expect, string Note, string? HsCode = null);
