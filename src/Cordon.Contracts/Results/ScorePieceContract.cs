using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>One feature's weight in a declaration's risk score.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ScorePieceContract
{
    /// <summary>The feature id (a rule's kebab-case name, e.g. "narcotics-designee": an id, not an enum value).</summary>
    public required string Feature { get; init; }

    /// <summary>Its weight.</summary>
    public required double Weight { get; init; }
}
