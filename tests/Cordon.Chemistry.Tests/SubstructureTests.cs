using Cordon.Chemistry;

namespace Cordon.Chemistry.Tests;

public sealed class SubstructureTests
{
    [Fact]
    public void Piperidine_query_matches_fentanyl_once_with_six_atoms()
    {
        using var query = SubstructureQuery.FromSmarts("C1CCNCC1");
        using var fentanyl = Molecule.FromSmiles("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
        var matches = fentanyl.Matches(query);
        var match = Assert.Single(matches);
        Assert.Equal(6, match.Atoms.Count);
        Assert.Equal(6, query.AtomCount);
    }

    [Fact]
    public void Match_count_is_bounded()
    {
        using var carbon = SubstructureQuery.FromSmarts("[#6]");
        using var alkane = Molecule.FromSmiles(new string('C', 40));
        Assert.Equal(5, alkane.Matches(carbon, maxMatches: 5).Count);
        Assert.Throws<ChemistryException>(() => alkane.Matches(carbon, maxMatches: 0));
    }

    [Fact]
    public void Pattern_fingerprint_prescreen_never_rejects_a_true_match()
    {
        using var query = SubstructureQuery.FromSmarts("O=C1CCNCC1");
        foreach (var smiles in new[] { "O=C1CCN(CCc2ccccc2)CC1", "CC(C)(C)OC(=O)N1CCC(=O)CC1", "O=C1CCNCC1" })
        {
            using var molecule = Molecule.FromSmiles(smiles);
            Assert.True(molecule.HasMatch(query));
            Assert.True(molecule.PatternFingerprint().ContainsAll(query.PatternFingerprint));
        }

        using var benzene = Molecule.FromSmiles("c1ccccc1");
        Assert.False(benzene.HasMatch(query));
        Assert.False(benzene.PatternFingerprint().ContainsAll(query.PatternFingerprint));
    }

    [Fact]
    public void Morgan_similarity_is_one_for_identity_and_lower_for_a_homologue()
    {
        using var fentanyl = Molecule.FromSmiles("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
        using var acetyl = Molecule.FromSmiles("CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
        using var ethanol = Molecule.FromSmiles("CCO");
        var fp = fentanyl.MorganFingerprint();
        Assert.Equal(1.0, fp.Tanimoto(fentanyl.MorganFingerprint()));
        var homologue = fp.Tanimoto(acetyl.MorganFingerprint());
        Assert.InRange(homologue, 0.5, 0.99);
        Assert.True(fp.Tanimoto(ethanol.MorganFingerprint()) < 0.2);
    }

    [Fact]
    public void Bad_smarts_is_a_syntax_error()
    {
        var error = Assert.Throws<ChemistryException>(() => SubstructureQuery.FromSmarts("[C;"));
        Assert.Equal(ChemistryErrorKind.Syntax, error.Kind);
    }

    [Fact]
    public void Toolkit_reports_rdkit_2022_09()
    {
        Assert.StartsWith("2022.09", Toolkit.RdkitVersion);
    }
}
