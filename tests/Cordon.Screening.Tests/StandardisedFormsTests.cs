using Cordon.Chemistry.Tests;
using Cordon.Regulation;

namespace Cordon.Screening.Tests;

/// <summary>Forms that name the same substance (atom maps, isotope labels, tautomers, carbonyl hydrates) are found as
/// the listed substance and say how; impossible structures are unresolved; other substances are not merged.</summary>
public sealed class StandardisedFormsTests
{
    private const string Fentanyl = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";

    // Propane with a five-bonded centre carbon: the molfile parses, the chemistry is impossible.
    private const string PentavalentCarbonV2000 = """
        impossible
          test

          6  5  0  0  0  0  0  0  0  0999 V2000
            0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
            1.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
           -1.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
            0.0000    1.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
            0.0000   -1.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
            0.5000    0.5000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
          1  2  1  0
          1  3  1  0
          1  4  1  0
          1  5  1  0
          1  6  1  0
        M  END
        """;

    [Theory]
    [InlineData("O=C1CC[NH:5]CC1")]
    [InlineData(Molfiles.MappedPiperidoneV2000)]
    [InlineData(Molfiles.MappedPiperidoneV3000)]
    public void Atom_maps_are_cleared_and_the_listed_substance_is_found(string query)
    {
        var result = Fixture.Check(query);
        Assert.Equal(CheckStatus.Controlled, result.Status);
        Assert.Equal("O=C1CCNCC1", result.Structure!.Smiles);
        Assert.Contains("atom-map numbers", result.Structure.Removed);
        Assert.Contains(result.Findings, f => f.SubstanceId == "us.list-i.4-piperidone" && f.Match == "exact structure");
    }

    [Theory]
    [InlineData("OC1=CCNCC1", "us.list-i.4-piperidone")]
    [InlineData("OC1=CCN(CCc2ccccc2)CC1", "un.table-i.npp")]
    public void An_enol_is_found_as_a_tautomer_of_the_listed_ketone(string enol, string substanceId)
    {
        var result = Fixture.Check(enol);
        Assert.Equal(CheckStatus.Controlled, result.Status);
        Assert.Contains(result.Findings, f => f.SubstanceId == substanceId && f.Basis == FindingBasis.Listed
            && f.Match == "tautomer of the listed structure");
    }

    [Fact]
    public void The_gem_diol_hydrochloride_is_the_hydrate_salt_of_4_piperidone()
    {
        var result = Fixture.Check("OC1(O)CCNCC1.Cl");
        Assert.Equal(CheckStatus.Controlled, result.Status);
        Assert.Equal("O=C1CCNCC1", result.Structure!.Smiles);
        Assert.Contains("water (hydrate)", result.Structure.Removed);
        Assert.Contains("gem-diol read as the hydrate of the carbonyl", result.Structure.Removed);
        var finding = Assert.Single(result.Findings, f => f.SubstanceId == "us.list-i.4-piperidone");
        Assert.StartsWith("salt of the listed substance", finding.Match);
    }

    [Theory]
    [InlineData("[2H]C([2H])([2H])CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1")]
    [InlineData("[13CH3]CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1")]
    public void An_isotope_labelled_fentanyl_is_listed_fentanyl_and_says_so(string labelled)
    {
        var result = Fixture.Check(labelled);
        Assert.Equal(CheckStatus.Controlled, result.Status);
        Assert.Equal(Fentanyl, result.Structure!.Smiles);
        Assert.Contains("isotope labels", result.Structure.Removed);
        foreach (var id in new[] { "un.1961-schedule-i.fentanyl", "us.schedule-ii.fentanyl" })
        {
            var finding = Assert.Single(result.Findings, f => f.SubstanceId == id);
            Assert.Equal(FindingBasis.Listed, finding.Basis);
            Assert.Equal("exact structure; isotope-labelled form (labels removed)", finding.Match);
        }

        // Class definitions run on the unlabelled parent, as they do for fentanyl itself.
        var plain = Fixture.Check(Fentanyl);
        Assert.Equal(plain.Findings.Where(f => f.Basis == FindingBasis.Generic).Select(f => f.SubstanceId).Order(),
            result.Findings.Where(f => f.Basis == FindingBasis.Generic).Select(f => f.SubstanceId).Order());
    }

    [Theory]
    [InlineData("C(C)(C)(C)(C)C")]
    [InlineData("[NH4+2]")]
    [InlineData("C[N+2](C)(C)C")]
    [InlineData(PentavalentCarbonV2000)]
    public void Impossible_valences_and_charges_are_unresolved(string query)
    {
        var result = Fixture.Check(query);
        Assert.Equal(CheckStatus.Unresolved, result.Status);
        Assert.Contains("valence", result.Message);
    }

    [Theory]
    [InlineData("OC1CCNCC1")]      // 4-piperidinol: an alcohol, not a tautomer of the ketone
    [InlineData("O=C1CCCCC1")]     // cyclohexanone
    [InlineData("Oc1ccccn1")]      // 2-hydroxypyridine
    [InlineData("OCC(O)C")]        // propylene glycol: a diol, not a gem-diol
    public void Ordinary_chemicals_stay_clear(string smiles)
    {
        var result = Fixture.Check(smiles);
        Assert.Equal(CheckStatus.Clear, result.Status);
    }

    [Fact]
    public void Isosafrole_is_not_found_as_safrole()
    {
        var result = Fixture.Check("CC=Cc1ccc2c(c1)OCO2");
        Assert.Contains(result.Findings, f => f.SubstanceId == "un.table-i.isosafrole");
        Assert.DoesNotContain(result.Findings, f => f.SubstanceId == "un.table-i.safrole");
    }

    [Fact]
    public void No_two_listed_structures_of_different_substances_share_a_tautomer_key()
    {
        var knowledgeBase = Fixture.KnowledgeBase;
        var merged = knowledgeBase.Structures
            .GroupBy(knowledgeBase.TautomerKeyOf)
            .Where(g => g.Select(s => s.FlatKey).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(s => s.Substance.Id))}")
            .ToList();
        Assert.True(merged.Count == 0, string.Join("\n", merged));
        Assert.All(knowledgeBase.Structures, s => Assert.NotEqual("", knowledgeBase.TautomerKeyOf(s)));
    }
}
