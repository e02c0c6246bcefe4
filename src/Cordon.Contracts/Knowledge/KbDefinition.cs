namespace Cordon.Contracts.Knowledge;

/// <summary>A class definition (law) or analogue alert (a lead, never law) as <c>GET /v1/kb/definitions</c> shows it: the legal
/// text verbatim, clause by clause, with its citation, days in force and examples.</summary>
public sealed record KbDefinition
{
    /// <summary>Stable id, e.g. "us.schedule-i-e.frs".</summary>
    public required string Id { get; init; }

    /// <summary>The class's name.</summary>
    public required string Name { get; init; }

    /// <summary>"generic_definition" (law) or "analogue_alert" (a lead).</summary>
    public required string Kind { get; init; }

    /// <summary>Jurisdiction code.</summary>
    public required string Jurisdiction { get; init; }

    /// <summary>The list's id.</summary>
    public required string List { get; init; }

    /// <summary>The list's name.</summary>
    public required string ListName { get; init; }

    /// <summary>The legal text the definition encodes, verbatim.</summary>
    public required string LegalText { get; init; }

    /// <summary>Where the law says it.</summary>
    public required KbCitation Citation { get; init; }

    /// <summary>The day it took effect, or "unconfirmed".</summary>
    public string? Effective { get; init; }

    /// <summary>The first day it no longer applied, if it ended.</summary>
    public string? Ended { get; init; }

    /// <summary>How many clauses must apply to a structure for it to be a member (0: the core itself is one).</summary>
    public required int MinimumModifications { get; init; }

    /// <summary>Whether a substance listed in its own right in the jurisdiction reports that listing instead.</summary>
    public required bool ExcludeIfListed { get; init; }

    /// <summary>The clauses, in the law's order.</summary>
    public required IReadOnlyList<KbClause> Clauses { get; init; }

    /// <summary>Readings the text leaves open, recorded for reviewers.</summary>
    public required IReadOnlyList<string> Ambiguities { get; init; }

    /// <summary>Structures that must and must not match.</summary>
    public required IReadOnlyList<KbExample> Examples { get; init; }
}
