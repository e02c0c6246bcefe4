using Cordon.Chemistry;

namespace Cordon.Chemistry.Tests;

public sealed class MoleculeTests
{
    [Fact]
    public void Parses_fentanyl_and_reports_formula_mass_and_canonical_smiles()
    {
        using var fentanyl = Molecule.FromSmiles("O=C(CC)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
        Assert.Equal(25, fentanyl.AtomCount);
        Assert.Equal("C22H28N2O", fentanyl.Formula());
        Assert.Equal(336.48, fentanyl.Mass().Average, 2);
        Assert.Equal("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", fentanyl.ToSmiles());
    }

    [Fact]
    public void Molfile_v2000_and_v3000_give_the_same_canonical_smiles()
    {
        using var v2000 = Molecule.FromMolBlock(Molfiles.AcetoneV2000);
        using var v3000 = Molecule.FromMolBlock(Molfiles.AcetoneV3000);
        Assert.Equal("CC(C)=O", v2000.ToSmiles());
        Assert.Equal(v2000.ToSmiles(), v3000.ToSmiles());
    }

    [Fact]
    public void Stereo_and_stereo_free_smiles_differ_only_in_stereo()
    {
        using var ephedrine = Molecule.FromSmiles("C[C@H](NC)[C@H](O)c1ccccc1");
        Assert.Equal(2, ephedrine.StereoCount);
        Assert.Contains("@", ephedrine.ToSmiles(withStereo: true));
        Assert.Equal("CNC(C)C(O)c1ccccc1", ephedrine.ToSmiles(withStereo: false));
    }

    [Fact]
    public void Mirror_inverts_every_centre()
    {
        using var ephedrine = Molecule.FromSmiles("C[C@H](NC)[C@H](O)c1ccccc1");
        using var mirror = ephedrine.Mirror();
        using var expected = Molecule.FromSmiles("C[C@@H](NC)[C@@H](O)c1ccccc1");
        Assert.Equal(expected.ToSmiles(), mirror.ToSmiles());
        Assert.NotEqual(ephedrine.ToSmiles(), mirror.ToSmiles());
    }

    [Theory]
    [InlineData("CCC(=O)N(C1CC[NH+](CCc2ccccc2)CC1)c1ccccc1.[Cl-]", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "[Cl-]", true)]
    [InlineData("O=C1CCNCC1.Cl.O", "O=C1CCNCC1", "Cl|O", false)]
    [InlineData("OC(=O)CC(O)(CC(=O)O)C(=O)O.CCC(=O)N(C1CCN(CCc2ccccc2)CC1)c1ccccc1", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "O=C(O)CC(O)(CC(=O)O)C(=O)O", false)]
    [InlineData("[Na+].[Cl-]", "[Cl-].[Na+]", "", false)]
    [InlineData("Cl.O", "Cl", "O", false)]
    [InlineData("[K+].[O-][Mn](=O)(=O)=O", "O=[Mn](=O)(=O)[O-].[K+]", "", false)]
    public void Standardize_keeps_the_parent_and_says_what_it_removed(string input, string parent, string removed, bool neutralised)
    {
        using var molecule = Molecule.FromSmiles(input);
        using var standard = molecule.Standardize();
        Assert.Equal(parent, standard.Parent.ToSmiles());
        Assert.Equal(removed, string.Join('|', standard.RemovedFragments));
        Assert.Equal(neutralised, standard.Neutralised);
    }

    [Theory]
    [InlineData("O=C1CC[NH:5]CC1", "O=C1CCNCC1", "", true, false, false)]
    [InlineData("[2H]C([2H])([2H])CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "", false, true, false)]
    [InlineData("[13CH3]CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "", false, true, false)]
    [InlineData("OC1(O)CCNCC1.Cl", "O=C1CCNCC1", "Cl|O", false, false, true)]
    [InlineData("COC(C)(O)O", "COC(C)(O)O", "", false, false, false)]
    [InlineData("CC(O)CO", "CC(O)CO", "", false, false, false)]
    public void Standardize_clears_labels_and_reads_carbonyl_hydrates(string input, string parent, string removed, bool maps, bool isotopes, bool hydrate)
    {
        using var molecule = Molecule.FromSmiles(input);
        using var standard = molecule.Standardize();
        Assert.Equal(parent, standard.Parent.ToSmiles());
        Assert.Equal(removed, string.Join('|', standard.RemovedFragments));
        Assert.Equal(maps, standard.AtomMapsCleared);
        Assert.Equal(isotopes, standard.IsotopesRemoved);
        Assert.Equal(hydrate, standard.CarbonylHydrate);
    }

    [Theory]
    [InlineData(Molfiles.MappedPiperidoneV2000)]
    [InlineData(Molfiles.MappedPiperidoneV3000)]
    public void Molfile_atom_maps_are_read_then_cleared_by_standardisation(string molBlock)
    {
        using var molecule = Molecule.FromMolBlock(molBlock);
        Assert.Contains("[NH:5]", molecule.ToSmiles());
        using var standard = molecule.Standardize();
        Assert.Equal("O=C1CCNCC1", standard.Parent.ToSmiles());
        Assert.True(standard.AtomMapsCleared);
    }

    [Theory]
    [InlineData("O=C1CCNCC1", "OC1=CCNCC1", true)]
    [InlineData("O=c1cccc[nH]1", "Oc1ccccn1", true)]
    [InlineData("O=C1CCNCC1", "OC1CCNCC1", false)]
    [InlineData("C=CCc1ccc2c(c1)OCO2", "CC=Cc1ccc2c(c1)OCO2", false)]
    public void Tautomers_share_the_tautomer_key_and_other_substances_do_not(string first, string second, bool tautomers)
    {
        using var a = Molecule.FromSmiles(first);
        using var b = Molecule.FromSmiles(second);
        Assert.Equal(tautomers, a.TautomerKey() == b.TautomerKey());
        if (tautomers)
        {
            Assert.Equal(a.SkeletonKey(), b.SkeletonKey());
        }
    }

    [Theory]
    [InlineData("[NH4+2]")]
    [InlineData("C[N+2](C)(C)C")]
    [InlineData("[O-3]")]
    [InlineData("C(C)(C)(C)(C)C")]
    public void Impossible_valences_and_charges_are_refused(string smiles)
    {
        var error = Assert.Throws<ChemistryException>(() => Molecule.FromSmiles(smiles));
        Assert.Equal(ChemistryErrorKind.Chemistry, error.Kind);
    }

    [Fact]
    public void Svg_depiction_highlights_atoms()
    {
        using var molecule = Molecule.FromSmiles("O=C1CCNCC1");
        var svg = molecule.ToSvg([0, 1, 2], 300, 200, "4-piperidone");
        Assert.StartsWith("<?xml", svg);
        Assert.Contains("</svg>", svg);
        // Highlighted atoms are drawn as filled ellipses in the highlight colour; the same molecule without highlights has none.
        var unhighlighted = molecule.ToSvg([], 300, 200, "4-piperidone");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(svg, "<ellipse").Count);
        Assert.Contains("#FF7F7F", svg);
        Assert.DoesNotContain("<ellipse", unhighlighted);
        Assert.DoesNotContain("#FF7F7F", unhighlighted);
        Assert.Contains("class='legend", svg);
    }

    [Fact]
    public void Many_threads_share_molecules_and_queries()
    {
        using var query = SubstructureQuery.FromSmarts("C1CCNCC1");
        using var shared = Molecule.FromSmiles("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
        var results = new bool[400];
        Parallel.For(0, results.Length, i =>
        {
            using var own = Molecule.FromSmiles(i % 2 == 0 ? "O=C1CCNCC1" : "CCO");
            results[i] = own.HasMatch(query) == (i % 2 == 0) && shared.HasMatch(query);
        });
        Assert.All(results, Assert.True);
    }
}
