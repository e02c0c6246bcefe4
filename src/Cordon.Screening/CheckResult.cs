namespace Cordon.Screening;

/// <summary>The answer for one query: the JSON contract in docs/json-contract.md.</summary>
public sealed record CheckResult
{
    /// <summary>The input exactly as given.</summary>
    public required string Query { get; init; }

    /// <summary>What the input was taken to be; null when not even that could be told.</summary>
    public InputKind? InputKind { get; init; }

    /// <summary>The verdict.</summary>
    public required CheckStatus Status { get; init; }

    /// <summary>The standardised structure, when there is one.</summary>
    public StructureSummary? Structure { get; init; }

    /// <summary>Every finding, listed first.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>A sentence for a person: why this verdict, or why the input was not understood.</summary>
    public required string Message { get; init; }

    /// <summary>The knowledge-base version the verdict rests on.</summary>
    public required string KbVersion { get; init; }

    /// <summary>The lists and day the verdict covers.</summary>
    public required CheckScope Scope { get; init; }

    /// <summary>The input record: file, line and record name, for batches.</summary>
    public QueryRecord? Record { get; init; }
}
