namespace Cordon.Screening.Tests;

/// <summary>Without --as-of the answer is for today, and "today" is the injected clock's, not the machine's.</summary>
public sealed class DefaultAsOfTests
{
    // Not listed in its own right: the US temporary order covers it to 2025-07-15, the HALT Fentanyl Act from 2025-07-16.
    private const string FentanylRelated = "CCC(=O)N(c1ccccc1)C1CCN(CCC2CCCCC2)CC1";

    private static CheckResult CheckOn(string instant) =>
        new ChemicalChecker(Fixture.KnowledgeBase, new CheckOptions(new HashSet<string> { "US" }), time: new FixedTimeProvider(DateTimeOffset.Parse(instant)))
            .Check(new QueryRecord(0, FentanylRelated, null, 1));

    [Fact]
    public void The_default_as_of_day_follows_the_clock()
    {
        var before = CheckOn("2025-07-15T23:59:00Z");
        var after = CheckOn("2025-07-16T00:01:00Z");
        Assert.Equal(new DateOnly(2025, 7, 15), before.Scope.AsOf);
        Assert.Equal(new DateOnly(2025, 7, 16), after.Scope.AsOf);
        Assert.Equal(["us.schedule-i-frs.temporary-order"], before.Findings.Select(f => f.SubstanceId));
        Assert.Equal(["us.schedule-i-frs.halt-act"], after.Findings.Select(f => f.SubstanceId));
    }

    [Fact]
    public void An_as_of_day_given_wins_over_the_clock()
    {
        var checker = new ChemicalChecker(Fixture.KnowledgeBase, new CheckOptions(AsOf: new DateOnly(2025, 7, 15)),
            time: new FixedTimeProvider(DateTimeOffset.Parse("2030-01-01T00:00:00Z")));
        Assert.Equal(new DateOnly(2025, 7, 15), checker.Scope.AsOf);
    }
}
