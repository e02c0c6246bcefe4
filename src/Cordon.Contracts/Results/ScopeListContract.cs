using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>A control list an answer covers, with the date of its last amendment.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ScopeListContract
{
    /// <summary>The list id, e.g. "us.schedule-ii".</summary>
    public required string Id { get; init; }

    /// <summary>The last amendment (YYYY-MM-DD), or null when unknown.</summary>
    public required string? LastAmended { get; init; }
}
