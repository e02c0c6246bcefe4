namespace Cordon.Storage;

/// <summary>A row whose verdict changed on re-screening: its new verdict and result, and why it is raised back into the queue.</summary>
/// <param name="RowId">The row.</param>
/// <param name="Status">New verdict.</param>
/// <param name="Risk">New risk level.</param>
/// <param name="Score">New score.</param>
/// <param name="Jurisdictions">New jurisdictions of its findings, comma-separated.</param>
/// <param name="Result">New result in the screen JSON contract.</param>
/// <param name="Reason">"new since kb A → B", "new designee", …</param>
/// <param name="Cause">The change that caused it, as JSON.</param>
/// <param name="Structures">The structures and matched atoms of its new findings (what the case view draws).</param>
public sealed record RowRaise(long RowId, string Status, string Risk, double Score, string? Jurisdictions, string Result, string Reason, string Cause,
    IReadOnlyList<CaseStructure> Structures);
