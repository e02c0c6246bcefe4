using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>One answer of <c>cordon check --format json|jsonl</c> and of <c>POST /v1/check</c> (each item of "results").</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CheckResultContract
{
    /// <summary>The query as given.</summary>
    public required string Query { get; init; }

    /// <summary>The input file, when read from one.</summary>
    public string? Source { get; init; }

    /// <summary>The line (or record) of the input file.</summary>
    public int? Line { get; init; }

    /// <summary>The record's name (SDF title, CSV name column), when it has one.</summary>
    public string? RecordName { get; init; }

    /// <summary>How the query was read, or null when it could not be.</summary>
    public required InputKindValue? InputKind { get; init; }

    /// <summary>The verdict.</summary>
    public required CheckStatusValue Status { get; init; }

    /// <summary>The standardised structure, or null.</summary>
    public required StructureContract? Structure { get; init; }

    /// <summary>Every finding.</summary>
    public required IReadOnlyList<FindingContract> Findings { get; init; }

    /// <summary>The answer in words.</summary>
    public required string Message { get; init; }

    /// <summary>The knowledge base's version.</summary>
    public required string KbVersion { get; init; }

    /// <summary>What the answer covers.</summary>
    public required ScopeContract Scope { get; init; }
}
