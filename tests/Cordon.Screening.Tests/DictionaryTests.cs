using Cordon.Regulation;
using Cordon.Regulation.Dictionaries;

namespace Cordon.Screening.Tests;

public sealed class DictionaryTests
{
    [Fact]
    public void Built_in_dictionaries_load_without_problems()
    {
        var dictionaries = Fixture.KnowledgeBase.Dictionaries;
        Assert.Equal(["chedl", "chebi"], dictionaries.Select(d => d.Name));
        Assert.All(dictionaries, d => Assert.Empty(d.Problems));
        Assert.InRange(dictionaries[0].Entries.Count, 4000, 6000);
        Assert.InRange(dictionaries[1].Entries.Count, 10000, 19000);
        var glucose = Assert.Single(dictionaries[0].FindByCas(Cas("50-99-7")));
        Assert.Equal("glucose", glucose.Name);
    }

    [Fact]
    public void A_CAS_RN_the_lists_do_not_hold_resolves_through_the_dictionary_and_comes_back_clear()
    {
        var glucose = Fixture.Check("50-99-7");
        Assert.Equal(CheckStatus.Clear, glucose.Status);
        Assert.Equal("C6H12O6", glucose.Structure!.Formula);
        Assert.Contains("dictionary chedl", glucose.Message);

        var zincOxide = Fixture.Check("zinc oxide");
        Assert.Equal(CheckStatus.Clear, zincOxide.Status);
        Assert.Equal("OZn", zincOxide.Structure!.Formula);
    }

    [Fact]
    public void A_name_a_dictionary_gives_two_stereo_records_of_one_constitution_reads_without_stereo()
    {
        // ChEDL holds both L- and DL-lactic acid under "lactic acid".
        var lactic = Fixture.Check("Lactic acid 88%");

        Assert.Equal(CheckStatus.Clear, lactic.Status);
        Assert.Equal("CC(O)C(=O)O", lactic.Structure!.Smiles);
    }

    [Fact]
    public void Acetone_is_decided_by_the_lists_not_the_dictionary()
    {
        // ChEDL has acetone; the generator leaves its names and CAS RN to the knowledge base, which lists it (UN Table II).
        Assert.Empty(Fixture.KnowledgeBase.Dictionaries[0].FindByCas(Cas("67-64-1")));
        var acetone = Fixture.Check("67-64-1");
        Assert.Equal("CC(C)=O", acetone.Structure!.Smiles);
        Assert.Equal(CheckStatus.Controlled, acetone.Status);
        Assert.DoesNotContain("dictionary", acetone.Message);
    }

    [Fact]
    public void A_dictionary_name_equal_to_a_listed_name_does_not_override_it_but_a_listed_structure_is_controlled()
    {
        var kb = Fixture.KnowledgeBase;
        var where = new SourceLocation("test.tsv", 1, 1);
        var dictionary = new ChemicalDictionary("test",
        [
            new DictionaryEntry("t:1", null, "OCC1OC(O)C(O)C(O)C1O", "fentanyl", ["sugar-test-name"], where),
            new DictionaryEntry("t:2", null, "O=C1CCN(CCc2ccccc2)CC1", "catalogue item 4471", [], where with { Line = 2 }),
        ]);
        var withTest = new KnowledgeBase(kb.Version, kb.Jurisdictions, kb.Lists, kb.Substances, kb.Structures, kb.Definitions,
            kb.HsSubheadings.Values.ToList()) { Dictionaries = [dictionary] };
        var checker = new ChemicalChecker(withTest, new CheckOptions());

        var fentanyl = checker.Check(new QueryRecord(0, "fentanyl", null, 1));
        Assert.Equal(CheckStatus.Controlled, fentanyl.Status);
        Assert.Equal("C22H28N2O", fentanyl.Structure!.Formula);

        Assert.Equal(CheckStatus.Clear, checker.Check(new QueryRecord(0, "sugar-test-name", null, 1)).Status);
        var npp = checker.Check(new QueryRecord(0, "catalogue item 4471", null, 1));
        Assert.Equal(CheckStatus.Controlled, npp.Status);
        Assert.Contains(npp.Findings, f => f.SubstanceId.Contains("npp", StringComparison.Ordinal) || f.Substance.Contains("phenethyl", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void User_dictionary_reports_every_bad_row_with_its_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-user-dict-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path,
        [
            "name,cas,smiles",
            "ACME floor cleaner base,,CCCCCCCCCCCCOS(=O)(=O)O",
            "bad check digit,50-99-8,OCC(O)CO",
            "no structure,56-81-5,",
            "broken,,C1CC(",
            ",,CCO",
            "\"quoted, name\",64-17-5,CCO",
        ]);
        try
        {
            var read = DictionaryFileReader.ReadUserCsv(path);
            Assert.Equal(["ACME floor cleaner base", "quoted, name"], read.Entries.Select(e => e.Name));
            Assert.Equal([3, 4, 5, 6], read.Problems.Select(p => p.Location.Line));
            Assert.All(read.Problems, p => Assert.Equal(path, p.Location.File));
            Assert.Contains("check digit", read.Problems[0].Message);

            var merged = Fixture.KnowledgeBase.WithUserDictionary(read.Entries, "test", out var ignored);
            Assert.Single(ignored); // ethanol's CAS RN is already in the knowledge base
            var cleaner = new ChemicalChecker(merged, new CheckOptions()).Check(new QueryRecord(0, "acme floor cleaner base", null, 1));
            Assert.Equal(CheckStatus.Clear, cleaner.Status);
            Assert.EndsWith("+user-test", merged.Version);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void User_dictionary_needs_its_header()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-user-dict-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, ["product,cas,smiles", "glycerol,56-81-5,OCC(O)CO"]);
        try
        {
            var problem = Assert.Single(DictionaryFileReader.ReadUserCsv(path).Problems);
            Assert.Equal(1, problem.Location.Line);
            Assert.Contains("'product'", problem.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_user_name_equal_to_a_listed_name_is_ignored()
    {
        var entry = new DictionaryEntry("user:2", null, "OCC(O)CO", "fentanyl", [], new SourceLocation("mine.csv", 2, 1));
        var merged = Fixture.KnowledgeBase.WithUserDictionary([entry], "test", out var ignored);
        Assert.Contains("knowledge-base entry", Assert.Single(ignored).Message);
        var result = new ChemicalChecker(merged, new CheckOptions()).Check(new QueryRecord(0, "fentanyl", null, 1));
        Assert.Equal(CheckStatus.Controlled, result.Status);
        Assert.Equal("C22H28N2O", result.Structure!.Formula);
    }

    private static CasNumber Cas(string text) => CasNumber.TryParse(text, out var cas, out _) ? cas : throw new ArgumentException(text);
}
