namespace Cordon.Screening.Declarations;

/// <summary>One piece of evidence on a declaration: where it was found, which rule fired, and what it weighs.</summary>
public sealed record Evidence
{
    /// <summary>The column it was found in (its header as in the file).</summary>
    public required string Column { get; init; }

    /// <summary>Start of the text span (0-based, in characters of the column's value), or null when not a span.</summary>
    public int? Start { get; init; }

    /// <summary>End of the span (exclusive).</summary>
    public int? End { get; init; }

    /// <summary>The matched text.</summary>
    public required string Text { get; init; }

    /// <summary>The rule that fired, e.g. "cas-number", "name", "fuzzy-name", "systematic-name", "hs-mismatch".</summary>
    public required string Rule { get; init; }

    /// <summary>The risk feature it feeds and that feature's weight.</summary>
    public required string Feature { get; init; }

    /// <summary>Weight of the feature in [0,1].</summary>
    public required double Weight { get; init; }

    /// <summary>A sentence saying what this is and why it matters.</summary>
    public required string Explanation { get; init; }

    /// <summary>The chemical check behind it (structure, findings with clause and citation), when there is one.</summary>
    public CheckResult? Check { get; init; }

    /// <summary>Share of the mixture the text gives for this component (e.g. 60 for "60 %"), if any.</summary>
    public double? Percent { get; init; }
}
