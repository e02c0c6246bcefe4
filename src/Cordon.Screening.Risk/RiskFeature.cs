namespace Cordon.Screening.Risk;

/// <summary>A named, weighted reason for risk (see docs/risk-scoring.md). A declaration's score combines the features that fired.</summary>
/// <param name="Name">Stable name, e.g. "fentanyl-chain".</param>
/// <param name="Weight">Weight in [0,1].</param>
/// <param name="Description">What it means.</param>
public sealed record RiskFeature(string Name, double Weight, string Description);
