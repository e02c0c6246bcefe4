using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>One row of <c>cordon screen --format jsonl</c>, and the "result" of a row of a screening job in the API.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DeclarationResultContract
{
    /// <summary>The record number (1-based).</summary>
    public required int Row { get; init; }

    /// <summary>The line of the input file.</summary>
    public required int Line { get; init; }

    /// <summary>The declaration's id column, or null.</summary>
    public required string? Id { get; init; }

    /// <summary>The verdict.</summary>
    public required DeclarationStatusValue Status { get; init; }

    /// <summary>The risk tier.</summary>
    public required RiskValue Risk { get; init; }

    /// <summary>The risk score (noisy-OR of the weights).</summary>
    public required double Score { get; init; }

    /// <summary>The features behind the score.</summary>
    public required IReadOnlyList<ScorePieceContract> ScorePieces { get; init; }

    /// <summary>Every piece of evidence.</summary>
    public required IReadOnlyList<EvidenceContract> Findings { get; init; }

    /// <summary>The input's columns, echoed.</summary>
    public required IReadOnlyDictionary<string, string> Columns { get; init; }

    /// <summary>Why the row could not be read, or null.</summary>
    public required string? Error { get; init; }

    /// <summary>The knowledge base's version.</summary>
    public required string KbVersion { get; init; }

    /// <summary>What the answer covers.</summary>
    public required ScopeContract Scope { get; init; }
}
