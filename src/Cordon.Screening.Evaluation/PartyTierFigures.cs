namespace Cordon.Screening.Evaluation;

/// <summary>Precision and recall of one tier: rows expected at it, rows given it, rows both.</summary>
public sealed record PartyTierFigures(string Tier, int Expected, int Given, int Both)
{
    /// <summary>Both / Given; null when no row was given the tier.</summary>
    public double? Precision => Given == 0 ? null : (double)Both / Given;

    /// <summary>Both / Expected; null when no row expects the tier.</summary>
    public double? Recall => Expected == 0 ? null : (double)Both / Expected;
}
