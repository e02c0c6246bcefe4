namespace Cordon.Screening.Tests;

/// <summary>The US schedules' chapeau "unless listed in another schedule": levo-alphacetylmethadol (LAAM) is schedule II,
/// so schedule I's acetylmethadol, whose isomers it is, does not claim it; acetylmethadol itself stays schedule I.</summary>
public sealed class ListedInAnotherScheduleTests
{
    [Theory]
    [InlineData("levomethadyl acetate")]
    [InlineData("CC[C@H](OC(C)=O)C(C[C@H](C)N(C)C)(c1ccccc1)c1ccccc1")]
    [InlineData("CC[C@H](OC(C)=O)C(C[C@H](C)N(C)C)(c1ccccc1)c1ccccc1.Cl")]
    public void Laam_is_schedule_ii_only(string query)
    {
        var result = Fixture.Check(query);

        var us = result.Findings.Where(f => f.Jurisdiction == "US").ToList();
        Assert.Contains(us, f => f.SubstanceId == "us.schedule-ii.levo-alphacetylmethadol" && f.Controls);
        Assert.DoesNotContain(us, f => f.SubstanceId == "us.schedule-i.acetylmethadol");
    }

    [Fact]
    public void Acetylmethadol_without_stereochemistry_is_still_schedule_i()
    {
        var result = Fixture.Check("CCC(OC(C)=O)C(CC(C)N(C)C)(c1ccccc1)c1ccccc1");

        Assert.Contains(result.Findings, f => f.SubstanceId == "us.schedule-i.acetylmethadol" && f.Match == "exact structure");
    }
}
