namespace Cordon.Regulation.Definitions;

/// <summary>The result of testing a structure against a definition: the match, or why the closest attempt failed.</summary>
/// <param name="Match">The match, when the structure is caught.</param>
/// <param name="Reason">Why not, when it is not (null when the core is absent altogether).</param>
public sealed record DefinitionOutcome(DefinitionMatch? Match, string? Reason)
{
    /// <summary>The core is not in the structure at all.</summary>
    public static DefinitionOutcome NoCore { get; } = new(null, null);
}
