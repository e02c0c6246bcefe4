using System.Text;
using Cordon.Regulation;
using Cordon.Screening.Declarations;
using Cordon.Screening.Declarations.Extraction;
using Cordon.Screening.Extraction;
using Cordon.Screening.Resolution;

namespace Cordon.Screening.Tests;

/// <summary>A misspelling is a reading, never an identification: exact names (the knowledge base's, the dictionaries', with
/// salt words off) come first and are never re-read as a neighbouring name; a word as near to two substances' names is read
/// as neither; a name where two substances lie within two edits is read past one edit at most; and what a misspelling leads
/// to is a lead to review, not "controlled". Disguised letters are folding, not misspelling, and stay exact.</summary>
public sealed class MisspellingTests
{
    // The knowledge base as it stood before a substance was added: its names then had only neighbours.
    private static readonly Lazy<KnowledgeBase> WithoutAlphaPvp = new(() => Without("alpha-PVP"));
    private static readonly Lazy<KnowledgeBase> WithoutAdbButinaca = new(() => Without("ADB-BUTINACA"));

    private static KnowledgeBase Without(string name)
    {
        var kb = Fixture.KnowledgeBase;
        var gone = kb.Substances.Where(s => s.AllNames.Any(n => NameKey.From(n) == NameKey.From(name))).Select(kb.IdentityOf).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(gone);
        var kept = kb.Substances.Where(s => !gone.Contains(kb.IdentityOf(s))).ToList();
        var keptSet = kept.ToHashSet();
        return new KnowledgeBase(kb.Version, kb.Jurisdictions, kb.Lists, kept, kb.Structures.Where(s => keptSet.Contains(s.Substance)).ToList(),
            kb.Definitions, kb.HsSubheadings.Values.ToList()) { Dictionaries = kb.Dictionaries };
    }

    private static CheckResult Check(KnowledgeBase kb, string query) => new ChemicalChecker(kb, new CheckOptions()).Check(new QueryRecord(0, query, null, 1));

    [Fact]
    public void A_salt_of_a_name_only_a_dictionary_knows_is_read_by_that_name_not_as_a_listed_neighbour()
    {
        // Before alpha-PVP was listed, "alpha-PVP hydrochloride" came back as alpha-PHP, one letter away; ChEDL knows alpha-PVP.
        var result = Check(WithoutAlphaPvp.Value, "alpha-PVP hydrochloride");
        Assert.Equal(Fixture.Check("CCCC(C(=O)c1ccccc1)N1CCCC1").Structure!.Smiles, result.Structure!.Smiles);
        Assert.Contains("dictionary", result.Message);
        Assert.DoesNotContain("misspelling", result.Message);
        Assert.DoesNotContain(result.Findings, f => f.Controls && f.Substance.Contains("PHP", StringComparison.Ordinal));
        Assert.Contains("hydrochloride", result.Structure.Removed);
    }

    [Fact]
    public void An_ordinary_chemical_with_a_salt_word_is_not_read_as_a_listed_name_one_edit_away()
    {
        // Tryptamine (ChEBI) is one edit from etryptamine (listed); with its salt word it must still be tryptamine.
        foreach (var query in new[] { "tryptamine", "tryptamine hydrochloride" })
        {
            var result = Fixture.Check(query);
            Assert.NotEqual(CheckStatus.Controlled, result.Status);
            Assert.DoesNotContain("misspelling", result.Message);
            Assert.Contains("dictionary", result.Message);
        }

        var ethylbenzene = Fixture.Check("ethylbenzene");
        Assert.Equal(CheckStatus.Clear, ethylbenzene.Status);
        Assert.DoesNotContain("misspelling", ethylbenzene.Message);
    }

    [Fact]
    public void A_code_name_is_not_read_as_another_two_edits_away()
    {
        // Before ADB-BUTINACA was listed it came back as ADB-FUBINACA (two letters differ): a different substance.
        var result = Check(WithoutAdbButinaca.Value, "ADB-BUTINACA");
        Assert.Equal(CheckStatus.Unresolved, result.Status);
        Assert.Empty(result.Findings);
        Assert.Contains("no substance named", result.Message);
    }

    [Fact]
    public void A_name_of_the_knowledge_base_is_never_read_as_a_misspelling_of_another()
    {
        var names = NameDictionary.For(Fixture.KnowledgeBase);
        foreach (var name in new[] { "Ethylone", "Methylone", "alpha-PVP", "alpha-PHP", "ADB-BUTINACA", "ADB-FUBINACA", "Methylamine", "Ethylamine" })
        {
            Assert.Null(names.FindMisspelledWord(NameKey.From(name)));
            var result = Fixture.Check(name);
            Assert.Equal(CheckStatus.Controlled, result.Status);
            Assert.DoesNotContain("misspelling", result.Message);
            Assert.All(result.Findings, f => Assert.Null(f.Review));
        }
    }

    [Fact]
    public void A_word_as_near_to_two_substances_names_is_read_as_neither()
    {
        // "Mthylone" is one edit from Methylone and from Ethylone.
        var result = Fixture.Check("Mthylone");
        Assert.Equal(CheckStatus.Unresolved, result.Status);
        Assert.Contains("'Methylone'", result.Message);
        Assert.Contains("'Ethylone'", result.Message);
        Assert.Contains("not read as either", result.Message);
        Assert.DoesNotContain("did you mean", result.Message);

        var extractor = new ChemicalExtractor(Fixture.KnowledgeBase, null);
        var mention = Assert.Single(extractor.Extract("Mthylone 1 kg"), m => m.Text == "Mthylone");
        Assert.Equal(MentionKind.AmbiguousName, mention.Kind);
        Assert.Null(mention.Query);
    }

    [Fact]
    public void A_misspelling_is_answered_as_a_lead_to_review_and_says_how_it_was_read()
    {
        var result = Fixture.Check("fentenyl citrate");
        Assert.Equal(CheckStatus.Suspect, result.Status);
        Assert.Equal(Fixture.Check("fentanyl").Structure!.Smiles, result.Structure!.Smiles);
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f =>
        {
            Assert.False(f.Controls);
            Assert.Contains("misspelling of 'Fentanyl'", f.Review);
        });
        Assert.StartsWith("suspect", result.Message);
        Assert.Contains("'fentenyl' read as a misspelling of 'Fentanyl' (1 edit)", result.Message);
    }

    [Fact]
    public void A_misspelling_in_a_declaration_is_a_lead_with_its_risk_kept()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "id,hs_code,goods_description\nR1,2933.39,fentenyl citrate 2 kg\n", new UTF8Encoding(false));
        try
        {
            var screener = new DeclarationScreener(Fixture.Checker(), new ChemicalExtractor(Fixture.KnowledgeBase, null));
            var row = screener.Screen(Assert.Single(DeclarationReader.Read(path, null, null)));
            Assert.Equal(DeclarationStatus.Suspect, row.Status);
            var fuzzy = Assert.Single(row.Evidence, e => e.Rule == "fuzzy-name");
            Assert.Equal(CheckStatus.Suspect, fuzzy.Check!.Status);
            Assert.Contains("misspelling of 'Fentanyl'", fuzzy.Explanation);
            Assert.Equal(RiskLevel.High, row.Risk);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("ϜENTANYL")]
    [InlineData("fеntanyl")]
    [InlineData("ｆｅｎｔａｎｙｌ")]
    [InlineData("аcetic anhydride")]
    public void Disguised_letters_are_folded_not_read_as_a_misspelling(string query)
    {
        var result = Fixture.Check(query);
        Assert.Equal(CheckStatus.Controlled, result.Status);
        Assert.DoesNotContain("misspelling", result.Message);
    }

    [Theory]
    [InlineData("AM2201", InputKind.Name)]
    [InlineData("am2201", InputKind.Name)]
    [InlineData("NM2201", InputKind.Name)]
    [InlineData("PV8", InputKind.Name)]
    [InlineData("CCO", InputKind.Smiles)]
    [InlineData("CO", InputKind.Smiles)]
    [InlineData("CCN", InputKind.Smiles)]
    [InlineData("c1ccccc1", InputKind.Smiles)]
    [InlineData("CC(=O)OC(C)=O", InputKind.Smiles)]
    public void A_known_name_is_read_as_the_name_and_plain_smiles_as_smiles(string query, InputKind kind)
    {
        Assert.Equal(kind, new QueryResolver(Fixture.KnowledgeBase).Detect(query));
        var result = Fixture.Check(query);
        Assert.Equal(kind, result.InputKind);
        Assert.NotEqual(CheckStatus.Unresolved, result.Status);
        if (kind == InputKind.Name)
        {
            Assert.Equal(CheckStatus.Controlled, result.Status);
        }
    }
}
