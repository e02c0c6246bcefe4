namespace Cordon.Contracts.Results;

/// <summary>A declaration row's risk tier (JSON: none, low, medium, high).</summary>
public enum RiskValue
{
    /// <summary>Nothing to look at.</summary>
    None,

    /// <summary>Low.</summary>
    Low,

    /// <summary>Medium.</summary>
    Medium,

    /// <summary>High.</summary>
    High,
}
