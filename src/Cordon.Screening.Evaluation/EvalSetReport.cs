namespace Cordon.Screening.Evaluation;

/// <summary>What one set gave: every row, precision and recall of <c>controlled</c>, and misses counted by kind.</summary>
public sealed record EvalSetReport(EvalSet Set, IReadOnlyList<EvalRow> Rows)
{
    /// <summary>Rows expected controlled and found controlled (by the expected jurisdiction or substance).</summary>
    public int TruePositives => Rows.Count(r => r.Case.Expected == "controlled" && r.Correct);

    /// <summary>Rows called controlled that should not be.</summary>
    public int FalsePositives => Rows.Count(r => r.Actual == "controlled" && r.Case.Expected != "controlled");

    /// <summary>Rows expected controlled that were not found so (or were found under another jurisdiction or substance).</summary>
    public int FalseNegatives => Rows.Count(r => r.Case.Expected == "controlled" && !r.Correct);

    /// <summary>TP / (TP + FP); null when nothing was called controlled.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); null when no row is expected controlled.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Rows whose status is as expected.</summary>
    public int Correct => Rows.Count(r => r.Correct);

    /// <summary>Misses by kind, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Misses =>
        Rows.Where(r => r.Miss is not null).GroupBy(r => r.Miss!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Count())).ToList();
}
