using Cordon.Chemistry;

namespace Cordon.Chemistry.Tests;

public sealed class HostileInputTests
{
    [Fact]
    public void Ten_thousand_atom_smiles_is_refused_as_over_the_limit()
    {
        var error = Assert.Throws<ChemistryException>(() => Molecule.FromSmiles(new string('C', 10_000)));
        Assert.Equal(ChemistryErrorKind.Limit, error.Kind);
        Assert.Contains("limit", error.Message);
    }

    [Fact]
    public void Ten_thousand_atom_ring_system_spelled_with_brackets_is_refused()
    {
        var smiles = string.Concat(Enumerable.Repeat("[CH2]", 10_000));
        var error = Assert.Throws<ChemistryException>(() => Molecule.FromSmiles(smiles));
        Assert.Equal(ChemistryErrorKind.Limit, error.Kind);
    }

    [Fact]
    public void Deeply_nested_branches_are_refused()
    {
        var smiles = "C" + string.Concat(Enumerable.Repeat("(C", 3000)) + new string(')', 3000);
        var error = Assert.Throws<ChemistryException>(() => Molecule.FromSmiles(smiles));
        Assert.Equal(ChemistryErrorKind.Limit, error.Kind);
        Assert.Contains("nest", error.Message);
    }

    [Fact]
    public void Binary_garbage_is_a_syntax_error_naming_the_byte()
    {
        var garbage = new string(new[] { '\u00ff', '\u0001', 'C', '\u0080', '%' });
        var error = Assert.Throws<ChemistryException>(() => Molecule.FromSmiles(garbage));
        Assert.Equal(ChemistryErrorKind.Syntax, error.Kind);
        Assert.Contains("offset", error.Message);
    }

    [Theory]
    [InlineData("C1CC(")]
    [InlineData("")]
    [InlineData("C[C")]
    public void Malformed_smiles_is_a_syntax_error(string smiles)
    {
        var error = Assert.Throws<ChemistryException>(() => Molecule.FromSmiles(smiles));
        Assert.Equal(ChemistryErrorKind.Syntax, error.Kind);
    }

    [Fact]
    public void Impossible_valence_carries_rdkit_message()
    {
        var error = Assert.Throws<ChemistryException>(() => Molecule.FromSmiles("C(C)(C)(C)(C)C"));
        Assert.Equal(ChemistryErrorKind.Chemistry, error.Kind);
        Assert.Contains("valence", error.Message);
    }

    [Fact]
    public void Truncated_molfile_is_refused()
    {
        var cut = Molfiles.AcetoneV2000[..Molfiles.AcetoneV2000.IndexOf("    2.5981", StringComparison.Ordinal)];
        var error = Assert.Throws<ChemistryException>(() => Molecule.FromMolBlock(cut));
        Assert.Equal(ChemistryErrorKind.Syntax, error.Kind);
    }

    [Fact]
    public void Garbage_molfile_is_refused()
    {
        var error = Assert.Throws<ChemistryException>(() => Molecule.FromMolBlock("not\na\nmolfile\nat all\nM  END\n"));
        Assert.Equal(ChemistryErrorKind.Syntax, error.Kind);
    }
}
