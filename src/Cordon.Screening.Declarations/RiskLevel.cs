namespace Cordon.Screening.Declarations;

/// <summary>How urgently an analyst should look, from the score (see docs/risk-scoring.md).</summary>
public enum RiskLevel
{
    /// <summary>Score below 0.2.</summary>
    None,

    /// <summary>Score 0.2 to below 0.5.</summary>
    Low,

    /// <summary>Score 0.5 to below 0.8.</summary>
    Medium,

    /// <summary>Score 0.8 and above.</summary>
    High,
}
