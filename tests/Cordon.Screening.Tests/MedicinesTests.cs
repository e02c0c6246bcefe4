namespace Cordon.Screening.Tests;

/// <summary>Ordinary medicines that share skeletons with controlled substances: only a list that names them may report
/// them (Mexico's LGS art. 245 names haloperidol and risperidone); no class definition, analogue alert or other
/// jurisdiction sweeps them in.</summary>
public sealed class MedicinesTests
{
    public static TheoryData<string, string?> Medicines() => new()
    {
        // Name, then structure, of each medicine; the entry id Mexico's law gives it, or null where no list names it.
        { "loperamide", null },
        { "CN(C)C(=O)C(CCN1CCC(O)(CC1)c1ccc(Cl)cc1)(c1ccccc1)c1ccccc1", null },
        { "haloperidol", "mx.lgs-245.haloperidol" },
        { "OC1(CCN(CCCC(=O)c2ccc(F)cc2)CC1)c1ccc(Cl)cc1", "mx.lgs-245.haloperidol" },
        { "paroxetine", null },
        { "Fc1ccc(cc1)[C@@H]1CCNC[C@H]1COc1ccc2OCOc2c1", null },
        { "donepezil", null },
        { "COc1cc2CC(CC3CCN(Cc4ccccc4)CC3)C(=O)c2cc1OC", null },
        { "fexofenadine", null },
        { "CC(C)(C(=O)O)c1ccc(cc1)C(O)CCCN1CCC(CC1)C(O)(c1ccccc1)c1ccccc1", null },
        { "risperidone", "mx.lgs-245.risperidone" },
        { "Cc1nc2n(c(=O)c1CCN1CCC(CC1)c1noc3cc(F)ccc13)CCCC2", "mx.lgs-245.risperidone" },
    };

    [Theory]
    [MemberData(nameof(Medicines))]
    public void Only_a_Mexican_listing_reports_the_medicine(string query, string? mexicanEntry)
    {
        var result = Fixture.Check(query);

        Assert.NotNull(result.Structure);
        Assert.All(result.Findings, f =>
        {
            Assert.Equal(FindingBasis.Listed, f.Basis);
            Assert.Equal("MX", f.Jurisdiction);
        });
        if (mexicanEntry is null)
        {
            Assert.Empty(result.Findings);
            Assert.Equal(CheckStatus.Clear, result.Status);
        }
        else
        {
            Assert.Contains(result.Findings, f => f.SubstanceId == mexicanEntry);
            Assert.Equal(CheckStatus.Controlled, result.Status);
        }
    }
}
