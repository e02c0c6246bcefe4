namespace Cordon.Contracts.Knowledge;

/// <summary>One difference between two knowledge-base versions.</summary>
/// <param name="Change">"added", "removed" or "changed".</param>
/// <param name="What">"list", "entry" (a listed substance) or "definition" (a class definition or analogue alert).</param>
/// <param name="Id">Its id.</param>
/// <param name="Jurisdiction">Its jurisdiction.</param>
/// <param name="Name">Its name (the new one when changed).</param>
/// <param name="Fields">For a change: each field that differs, "field: old → new".</param>
/// <param name="Citation">The citation of the new side (the old side for a removal).</param>
public sealed record KbChange(string Change, string What, string Id, string Jurisdiction, string Name, IReadOnlyList<string> Fields, string Citation);
