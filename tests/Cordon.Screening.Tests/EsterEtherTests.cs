using Cordon.Regulation;

namespace Cordon.Screening.Tests;

/// <summary>A query read as the ester or ether of a listed substance whose clause covers esters or ethers is controlled
/// under that entry and says so; other esters and ethers, and substances listed in their own right, are not re-read.</summary>
public sealed class EsterEtherTests
{
    // The listed testosterone structure (rules/us/21-cfr-1308-schedule-iii.yaml) with its 17-OH esterified.
    private const string TestosteroneCypionate = "C[C@]12CC[C@H]3[C@@H](CCC4=CC(=O)CC[C@@]43C)[C@@H]1CC[C@@H]2OC(=O)CCC1CCCC1";

    private const string TestosteroneEnanthate = "C[C@]12CC[C@H]3[C@@H](CCC4=CC(=O)CC[C@@]43C)[C@@H]1CC[C@@H]2OC(=O)CCCCCC";

    // The listed hydromorphone structure (1961 Convention, Schedule I) with its 3-OH as the acetate.
    private const string HydromorphoneAcetate = "CN1CC[C@]23c4c5ccc(OC(C)=O)c4O[C@H]2C(=O)CC[C@H]3[C@H]1C5";

    [Theory]
    [InlineData(TestosteroneCypionate)]
    [InlineData(TestosteroneEnanthate)]
    [InlineData("testosterone cypionate")]
    public void A_testosterone_ester_is_controlled_as_testosterone(string query)
    {
        var result = Fixture.Check(query);
        Assert.Equal(CheckStatus.Controlled, result.Status);
        var finding = Assert.Single(result.Findings, f => f.SubstanceId == "us.schedule-iii.testosterone");
        Assert.Equal(FindingBasis.Listed, finding.Basis);
        Assert.Equal("ester of the listed substance Testosterone; 21 CFR 1308.13(f)(1) covers its esters", finding.Match);
    }

    [Fact]
    public void An_ester_of_a_listed_opiate_is_controlled_under_the_clause_covering_its_esters()
    {
        var result = Fixture.Check(HydromorphoneAcetate);
        Assert.Equal(CheckStatus.Controlled, result.Status);
        Assert.Contains(result.Findings, f => f.SubstanceId == "un.1961-schedule-i.hydromorphone" && f.Basis == FindingBasis.Listed
            && f.Match.StartsWith("ester of the listed substance Hydromorphone;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CCOC(C)=O")] // ethyl acetate: an ester of nothing listed
    [InlineData("C1CCOC1")] // THF: a cyclic ether
    [InlineData("C1COCCO1")] // 1,4-dioxane
    [InlineData("COc1ccccc1")] // anisole: the methyl ether of phenol
    public void Ordinary_esters_and_ethers_are_clear(string smiles)
    {
        var result = Fixture.Check(smiles);
        Assert.Equal(CheckStatus.Clear, result.Status);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_substance_listed_in_its_own_right_reports_its_own_listing_only()
    {
        // Codeine is morphine's methyl ether, but listed itself: the clauses covering ethers except what is listed in
        // another schedule, so no "ether of morphine" reading is added.
        var codeine = Fixture.Check("codeine");
        Assert.Contains(codeine.Findings, f => f.SubstanceId == "us.schedule-ii.codeine" && f.Match == "exact structure");
        Assert.Contains(codeine.Findings, f => f.SubstanceId == "un.1961-schedule-ii.codeine" && f.Match == "exact structure");
        Assert.DoesNotContain(codeine.Findings, f => f.Match.StartsWith("ether of", StringComparison.Ordinal));

        var heroin = Fixture.Check("heroin");
        Assert.Contains(heroin.Findings, f => f.SubstanceId == "un.1961-schedule-i.heroin" && f.Match == "exact structure");
        Assert.DoesNotContain(heroin.Findings, f => f.Match.StartsWith("ester of", StringComparison.Ordinal));
    }
}
