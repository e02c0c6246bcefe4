namespace Cordon.Storage;

/// <summary>What became of a versioned change to a row (a disposition or an assignment): stored, refused because the row
/// changed since the caller saw it (with the row as it is now), or no such row for this caller.</summary>
public sealed record DispositionOutcome(DispositionOutcomeKind Kind, CaseRow? Current);
