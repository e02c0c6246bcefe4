namespace Cordon.Regulation;

/// <summary>One difference between two knowledge bases (<c>cordon kb diff</c>): the basis for re-screening history when
/// the law changes.</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="What">"entry" (a listed substance), "definition" (a class clause) or "list".</param>
/// <param name="Id">The entry's, definition's or list's id.</param>
/// <param name="Jurisdiction">Its jurisdiction.</param>
/// <param name="Name">Its name (the new one when changed).</param>
/// <param name="Fields">For a change: each field that differs, "field: old → new".</param>
/// <param name="Citation">The citation of the new side (the old side for a removal).</param>
public sealed record RuleChange(RuleChangeKind Kind, string What, string Id, string Jurisdiction, string Name,
    IReadOnlyList<string> Fields, string Citation);
