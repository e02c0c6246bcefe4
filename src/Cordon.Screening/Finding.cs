namespace Cordon.Screening;

/// <summary>One reason a query is controlled somewhere: the entry, the clause, the citation and the matched atoms.</summary>
public sealed record Finding
{
    /// <summary>Jurisdiction code, e.g. "US".</summary>
    public required string Jurisdiction { get; init; }

    /// <summary>List name, e.g. "List I chemicals".</summary>
    public required string List { get; init; }

    /// <summary>Preferred name of the matched entry.</summary>
    public required string Substance { get; init; }

    /// <summary>Stable id of the matched entry.</summary>
    public required string SubstanceId { get; init; }

    /// <summary>Listed, generic or analogue.</summary>
    public required FindingBasis Basis { get; init; }

    /// <summary>The clause as the law words it.</summary>
    public required string Clause { get; init; }

    /// <summary>How the query relates to the entry, e.g. "salt (removed: [Cl-])" or "exact structure".</summary>
    public required string Match { get; init; }

    /// <summary>Section and source.</summary>
    public required string Citation { get; init; }

    /// <summary>Effective date as recorded.</summary>
    public string? Effective { get; init; }

    /// <summary>Atoms of the parent structure that the finding rests on (for a similarity alert, the atoms that differ);
    /// empty when resolved by identifier only.</summary>
    public required IReadOnlyList<int> MatchedAtoms { get; init; }

    /// <summary>For class definitions: each clause that applied, with its atoms.</summary>
    public IReadOnlyList<Cordon.Regulation.Definitions.ClauseHit> Clauses { get; init; } = [];

    /// <summary>Why a person must review this finding (an ambiguous clause applied), or null.</summary>
    public string? Review { get; init; }

    /// <summary>For similarity alerts: Tanimoto similarity to the nearest controlled substance.</summary>
    public double? Similarity { get; init; }

    /// <summary>True when this finding alone makes the query controlled: listed or generic, and nothing left to review (an
    /// ambiguous clause, or a name read as a misspelling of the listed one).</summary>
    public bool Controls => Basis is FindingBasis.Listed or FindingBasis.Generic && Review is null;
}
