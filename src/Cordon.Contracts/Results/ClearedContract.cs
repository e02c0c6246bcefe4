using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>The clearance attached to a party candidate: who, when, why.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ClearedContract
{
    /// <summary>Who cleared it.</summary>
    public required string By { get; init; }

    /// <summary>When (ISO 8601).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Why, or null.</summary>
    public required string? Note { get; init; }
}
