namespace Cordon.Regulation.Definitions;

/// <summary>A class definition from the law (or an analogue alert rule), as data: legal text, core SMARTS, clauses, exclusions.</summary>
public sealed record GenericDefinition
{
    /// <summary>Stable id, e.g. "us.schedule-i-e.frs".</summary>
    public required string Id { get; init; }

    /// <summary>The class's name, e.g. "fentanyl-related substances".</summary>
    public required string Name { get; init; }

    /// <summary>The list it belongs to.</summary>
    public required ControlList List { get; init; }

    /// <summary>True for analogue alerts (leads, not law).</summary>
    public bool IsAnalogueAlert { get; init; }

    /// <summary>The legal text the definition encodes, verbatim.</summary>
    public required string LegalText { get; init; }

    /// <summary>Where the law says it.</summary>
    public required Citation Citation { get; init; }

    /// <summary>When it is law.</summary>
    public required LegalPeriod Period { get; init; }

    /// <summary>The core every member contains, as SMARTS with atom maps for the clause sites.</summary>
    public required string Core { get; init; }

    /// <summary>The clauses, each acting on mapped core atoms.</summary>
    public required IReadOnlyList<SiteRule> Sites { get; init; }

    /// <summary>How many clauses must apply (1 for "structurally related by 1 or more modifications"; 0 when the core itself is a member).</summary>
    public int MinimumModifications { get; init; }

    /// <summary>A substance listed in its own right in the same jurisdiction reports that listing instead.</summary>
    public bool ExcludeIfListed { get; init; }

    /// <summary>Readings the text leaves open, recorded for reviewers.</summary>
    public IReadOnlyList<string> Ambiguities { get; init; } = [];

    /// <summary>Structures that must and must not match.</summary>
    public IReadOnlyList<DefinitionExample> Examples { get; init; } = [];

    /// <summary>Where the definition is written.</summary>
    public required SourceLocation Location { get; init; }
}
