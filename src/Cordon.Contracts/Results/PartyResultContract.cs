using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>One party query's answer in <c>cordon party --format json|jsonl</c> and <c>POST /v1/match</c> (each item of "results").</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PartyResultContract
{
    /// <summary>The name as given.</summary>
    public required string Query { get; init; }

    /// <summary>The country read (ISO alpha-2), or null.</summary>
    public required string? Country { get; init; }

    /// <summary>The date of birth as read, or null.</summary>
    public required string? Dob { get; init; }

    /// <summary>The identifier given, or null.</summary>
    public required string? Id { get; init; }

    /// <summary>What the party was read as.</summary>
    public required PartyTypeValue Type { get; init; }

    /// <summary>Columns echoed from the input row (files only).</summary>
    public IReadOnlyDictionary<string, string>? Columns { get; init; }

    /// <summary>Why the query could not be read, or null.</summary>
    public required string? Error { get; init; }

    /// <summary>Candidates at or above review, best first.</summary>
    public required IReadOnlyList<PartyMatchContract> Matches { get; init; }
}
