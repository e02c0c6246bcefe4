using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>One finding: which entry of which list, on what basis, under which clause, with the citation. Matched atoms,
/// clauses and similarity appear in a check's findings; a declaration's check entries carry the common fields only.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FindingContract
{
    /// <summary>Jurisdiction code.</summary>
    public required string Jurisdiction { get; init; }

    /// <summary>List id.</summary>
    public required string List { get; init; }

    /// <summary>Substance name as the law gives it.</summary>
    public required string Substance { get; init; }

    /// <summary>Substance id in the knowledge base.</summary>
    public required string SubstanceId { get; init; }

    /// <summary>Listed, generic or analogue.</summary>
    public required FindingBasisValue Basis { get; init; }

    /// <summary>The clause that applies.</summary>
    public required string Clause { get; init; }

    /// <summary>How the query matched.</summary>
    public required string Match { get; init; }

    /// <summary>Where the law says so.</summary>
    public required string Citation { get; init; }

    /// <summary>When the entry took effect (YYYY-MM-DD), or null.</summary>
    public required string? Effective { get; init; }

    /// <summary>Atom indices matched (check only).</summary>
    public IReadOnlyList<int>? MatchedAtoms { get; init; }

    /// <summary>The definition's clauses that applied (check only, when any).</summary>
    public IReadOnlyList<ClauseContract>? Clauses { get; init; }

    /// <summary>Similarity to the controlled substance (analogue alerts).</summary>
    public double? Similarity { get; init; }

    /// <summary>Why a person should look, or null.</summary>
    public required string? Review { get; init; }
}
