namespace Cordon.Contracts.Network;

/// <summary>An edge of the supplier network with its evidence: rows for a trade edge, the match for a designee edge.</summary>
public sealed record NetworkEdgeView
{
    /// <summary>The edge's index in its network.</summary>
    public required int Index { get; init; }

    /// <summary>shipped_to, notify_for, has_contact, matches_designee or linked_to.</summary>
    public required string Kind { get; init; }

    /// <summary>The node it leaves.</summary>
    public required string From { get; init; }

    /// <summary>The node it reaches.</summary>
    public required string To { get; init; }

    /// <summary>Rows behind a trade edge.</summary>
    public int? Rows { get; init; }

    /// <summary>Of them, rows with controlled or suspect chemistry.</summary>
    public int? FlaggedRows { get; init; }

    /// <summary>Of them, rows of high risk.</summary>
    public int? HighRiskRows { get; init; }

    /// <summary>Earliest dated row.</summary>
    public DateOnly? First { get; init; }

    /// <summary>Latest dated row.</summary>
    public DateOnly? Last { get; init; }

    /// <summary>Rows per HS chapter.</summary>
    public IReadOnlyDictionary<string, int>? Chapters { get; init; }

    /// <summary>Keys of the first rows (case-store row ids, or file:line).</summary>
    public IReadOnlyList<string>? RowKeys { get; init; }

    /// <summary>The match score of a designee edge.</summary>
    public double? Score { get; init; }

    /// <summary>What the edge rests on, in words.</summary>
    public required string Evidence { get; init; }
}
