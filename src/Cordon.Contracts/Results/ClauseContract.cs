using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>A clause of a class definition that applied, on which atoms.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ClauseContract
{
    /// <summary>The clause id.</summary>
    public required string Clause { get; init; }

    /// <summary>What the clause says.</summary>
    public required string Description { get; init; }

    /// <summary>Atom indices into <c>structure.smiles</c>.</summary>
    public required IReadOnlyList<int> Atoms { get; init; }

    /// <summary>Why a person should look, or null.</summary>
    public required string? Review { get; init; }
}
