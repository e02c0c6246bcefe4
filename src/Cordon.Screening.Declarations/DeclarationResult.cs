namespace Cordon.Screening.Declarations;

/// <summary>The screening result of one declaration: verdict, risk, score, and every piece of evidence.</summary>
public sealed record DeclarationResult
{
    /// <summary>The row as read.</summary>
    public required DeclarationRecord Record { get; init; }

    /// <summary>The verdict.</summary>
    public required DeclarationStatus Status { get; init; }

    /// <summary>Risk level from the score.</summary>
    public required RiskLevel Risk { get; init; }

    /// <summary>Score in [0,1]: noisy-OR of the weights of the features that fired.</summary>
    public required double Score { get; init; }

    /// <summary>Evidence, heaviest first.</summary>
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>Knowledge-base version.</summary>
    public required string KbVersion { get; init; }

    /// <summary>The lists and day the row's chemistry was checked against.</summary>
    public required CheckScope Scope { get; init; }
}
