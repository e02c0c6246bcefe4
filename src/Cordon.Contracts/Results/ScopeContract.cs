using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>What an answer covers: the day, the jurisdictions, whether class definitions were applied, the lists.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ScopeContract
{
    /// <summary>The day answered for (YYYY-MM-DD).</summary>
    public required string AsOf { get; init; }

    /// <summary>Jurisdiction codes.</summary>
    public required IReadOnlyList<string> Jurisdictions { get; init; }

    /// <summary>True when class definitions were applied.</summary>
    public required bool Definitions { get; init; }

    /// <summary>The lists covered.</summary>
    public required IReadOnlyList<ScopeListContract> Lists { get; init; }
}
