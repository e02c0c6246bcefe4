namespace Cordon.Storage;

/// <summary>How many rows of one risk level were screened on one day (YYYY-MM-DD, UTC).</summary>
public sealed record RiskDayCount(string Day, string Risk, long Rows);
