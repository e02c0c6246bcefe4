namespace Cordon.Screening.Evaluation;

/// <summary>What one party set gave: every row, and precision and recall per tier (match, review, none).</summary>
public sealed record PartyEvalReport(PartyEvalSet Set, string Algorithm, IReadOnlyList<PartyEvalRow> Rows)
{
    /// <summary>The tiers, in order.</summary>
    public static readonly IReadOnlyList<string> Tiers = ["match", "review", "none"];

    /// <summary>Rows whose tier is as expected.</summary>
    public int Correct => Rows.Count(r => r.Correct);

    /// <summary>Figures per tier.</summary>
    public IReadOnlyList<PartyTierFigures> Figures => Tiers.Select(t => new PartyTierFigures(t,
        Rows.Count(r => r.Case.Expected == t), Rows.Count(r => r.Actual == t), Rows.Count(r => r.Case.Expected == t && r.Actual == t))).ToList();

    /// <summary>Misses by kind ("match called review"), most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Misses =>
        Rows.Where(r => !r.Correct).GroupBy(r => $"{r.Case.Expected} called {r.Actual}").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Count())).ToList();
}
