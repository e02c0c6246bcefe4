using Cordon.Parties.Matching;

namespace Cordon.Screening.Evaluation;

/// <summary>Runs party sets through the same matcher as <c>cordon party</c> (no clearances: the labels are about the list) and scores them.</summary>
public sealed class PartyEvaluator(PartyMatcher matcher)
{
    /// <summary>Scores one set.</summary>
    public PartyEvalReport Run(PartyEvalSet set) => new(set, matcher.Algorithm, set.Cases.Select(Score).ToList());

    private PartyEvalRow Score(PartyEvalCase row)
    {
        var matches = matcher.Match(row.Query);
        var about = row.Expect is null ? matches.FirstOrDefault() : matches.FirstOrDefault(m => m.Entry.Id == row.Expect);
        var actual = about is null ? "none" : about.Tier.ToString().ToLowerInvariant();
        var message = about is null
            ? matches.Count == 0 ? "no candidate at or above review" : $"best candidate {matches[0].Entry.Id} '{matches[0].Entry.Name}' {matches[0].Tier.ToString().ToLowerInvariant()} {matches[0].Score:0.00}"
            : $"{about.Entry.Id} '{about.Entry.Name}' {actual} {about.Score:0.00}: {string.Join("; ", about.Explanation.Take(3))}";
        return new PartyEvalRow(row, actual, about?.Score ?? 0, actual == row.Expected, message);
    }
}
