namespace Cordon.Screening.Tests;

/// <summary>Entries that name one stereoisomer whose configuration the rules do not record (alphaprodine and betaprodine
/// share a constitution): a structure matches them on constitution only and says so, and a name that identifies one of
/// them is not also reported as its sibling (betaprodine is US Schedule I, not Schedule II as alphaprodine).</summary>
public sealed class UnrecordedConfigurationTests
{
    private const string ProdineConstitution = "CCC(=O)OC1(c2ccccc2)CCN(C)CC1C";

    [Theory]
    [InlineData("betaprodine", "us.schedule-i.betaprodine", "us.schedule-ii.alphaprodine")]
    [InlineData("alphaprodine", "us.schedule-ii.alphaprodine", "us.schedule-i.betaprodine")]
    [InlineData("betaprodine hydrochloride", "us.schedule-i.betaprodine", "us.schedule-ii.alphaprodine")]
    [InlineData("betameprodine", "un.1961-schedule-i.betameprodine", "un.1961-schedule-i.alphameprodine")]
    [InlineData("levomoramide", "un.1961-schedule-i.levomoramide", "un.1961-schedule-i.dextromoramide")]
    [InlineData("betacetylmethadol", "un.1961-schedule-i.betacetylmethadol", "un.1961-schedule-i.alphacetylmethadol")]
    public void A_name_is_reported_as_its_own_stereoisomer_only(string name, string named, string sibling)
    {
        var result = Fixture.Check(name);

        Assert.Equal(CheckStatus.Controlled, result.Status);
        Assert.Contains(result.Findings, f => f.SubstanceId == named && f.Controls && f.Match.StartsWith("name of the listed substance", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.SubstanceId == sibling);
    }

    [Theory]
    [InlineData(ProdineConstitution, "the input gives none")]
    [InlineData("CCC(=O)O[C@]1(c2ccccc2)CCN(C)C[C@@H]1C", "the input's stereochemistry was not compared")]
    public void A_structure_matches_both_stereoisomers_on_constitution_and_says_so(string smiles, string stereoNote)
    {
        var result = Fixture.Check(smiles);

        Assert.Equal(CheckStatus.Controlled, result.Status);
        foreach (var id in new[] { "un.1961-schedule-i.alphaprodine", "un.1961-schedule-i.betaprodine", "ca.schedule-i.betaprodine", "us.schedule-ii.alphaprodine" })
        {
            var finding = Assert.Single(result.Findings, f => f.SubstanceId == id);
            Assert.StartsWith("same constitution as the listed stereoisomer (its configuration is not recorded", finding.Match);
            Assert.Contains(stereoNote, finding.Match);
            Assert.True(finding.Controls);
        }

        Assert.DoesNotContain(result.Findings, f => f.Match == "exact structure" && f.SubstanceId.EndsWith("prodine", StringComparison.Ordinal));
    }

    [Fact]
    public void A_generic_entry_sharing_the_constitution_is_still_an_exact_match()
    {
        // Racemoramide names the constitution without a configuration: it is not an entry of one stereoisomer.
        var result = Fixture.Check("levomoramide");

        Assert.Contains(result.Findings, f => f.SubstanceId == "un.1961-schedule-i.racemoramide" && f.Match == "exact structure");
    }
}
