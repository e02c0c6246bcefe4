using Cordon.Screening.Declarations.Extraction;
using Cordon.Screening.Extraction;

namespace Cordon.Screening.Tests;

/// <summary>Finding chemistry in free text: CAS RNs, names in three languages, misspellings, ambiguity, mixtures.</summary>
public sealed class ExtractionTests
{
    private static readonly ChemicalExtractor Extractor = new(Fixture.KnowledgeBase, opsin: null);

    private static Mention Single(string text, MentionKind kind) => Assert.Single(Extractor.Extract(text), m => m.Kind == kind);

    [Theory]
    [InlineData("Intermediate CAS 39742-60-4, 25 kg", "39742-60-4")]
    [InlineData("CAS No. 39742604 drums", "39742-60-4")]
    [InlineData("CAS: 125541-22-2", "125541-22-2")]
    [InlineData("cas# 437387", "437-38-7")]
    [InlineData("Intermediate CAS 39742 - 60 - 4, 25 kg", "39742-60-4")]
    [InlineData("lot CAS 39742\u00A0-60-4", "39742-60-4")] // a no-break space folds to a space
    public void Cas_numbers_are_found_with_or_without_hyphens(string text, string cas)
    {
        var mention = Single(text, MentionKind.Cas);
        Assert.Equal(cas, mention.Query);
        Assert.Equal(text.IndexOf(mention.Text, StringComparison.Ordinal), mention.Start);
    }

    [Fact]
    public void A_labelled_number_with_a_wrong_check_digit_is_reported_and_unlabelled_numbers_are_not_cas()
    {
        var invalid = Single("CAS 21409-26-8", MentionKind.InvalidCas);
        Assert.Contains("check digit", invalid.Note);
        Assert.Empty(Extractor.Extract("Invoice 2023-11-5, phone 555-12-3"));
        Assert.Empty(Extractor.Extract("order 39742604 units"));
    }

    [Theory]
    [InlineData("N-Phenethyl-4-piperidone 99%", "N-Phenethyl-4-piperidone")]
    [InlineData("n phenethyl 4 piperidone", "n phenethyl 4 piperidone")]
    [InlineData("anhídrido acético, tambores", "anhídrido acético")]
    [InlineData("ANHIDRIDO ACETICO 200L", "ANHIDRIDO ACETICO")]
    [InlineData("芬太尼中间体", "芬太尼")]
    [InlineData("品名：4-哌啶酮盐酸盐", "4-哌啶酮")]
    public void Names_are_found_in_english_spanish_and_chinese_regardless_of_case_spacing_and_accents(string text, string span)
    {
        var mention = Assert.Single(Extractor.Extract(text), m => m.Kind == MentionKind.Name && m.Text == span);
        Assert.NotNull(mention.Query);
    }

    [Fact]
    public void Names_must_stand_as_whole_words()
    {
        // "piperidine" inside "4-anilinopiperidine" and "acetic acid" inside "phenylacetic acid" are not separate mentions.
        var mentions = Extractor.Extract("4-anilinopiperidine and phenylacetic acid");
        Assert.Equal(["4-anilinopiperidine", "phenylacetic acid"], mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("fentenyl citrate", "fentenyl", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1")]
    [InlineData("Pseudoefedrine HCl", "Pseudoefedrine", "C[C@H](NC)[C@@H](O)c1ccccc1")]
    [InlineData("Acetic anhidride 99%", "Acetic anhidride", "CC(=O)OC(C)=O")]
    [InlineData("Cotton shirts and acetic acid", null, null)]
    public void Small_misspellings_are_read_within_the_edit_bound(string text, string? token, string? smiles)
    {
        var mentions = Extractor.Extract(text).Where(m => m.Kind == MentionKind.FuzzyName).ToList();
        if (token is null)
        {
            Assert.Empty(mentions);
            return;
        }

        var mention = Assert.Single(mentions);
        Assert.Equal(token, mention.Text);
        Assert.Contains("1 edit", mention.Note);
        Assert.Equal(Fixture.Check(smiles!).Structure!.Smiles, Fixture.Check(mention.Query!).Structure!.Smiles);
    }

    [Theory]
    [InlineData("piperidona 4")]
    [InlineData("ethanal solution")]
    public void A_misspelling_may_not_change_the_functional_group_ending(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text), m => m.Kind == MentionKind.FuzzyName);
    }

    [Fact]
    public void Short_abbreviations_are_never_fuzzy()
    {
        Assert.DoesNotContain(Extractor.Extract("NPQ granules, ANPQ"), m => m.Kind == MentionKind.FuzzyName);
    }

    [Fact]
    public void An_ambiguous_abbreviation_is_settled_by_context_or_reported()
    {
        var alone = Single("4-AP 99% powder", MentionKind.AmbiguousName);
        Assert.Contains("4-aminopyridine", alone.Note);
        Assert.Null(alone.Query);

        var piperidine = Assert.Single(Extractor.Extract("4-AP (anilinopiperidine) 99%"), m => m.Text == "4-AP");
        Assert.Equal(MentionKind.Name, piperidine.Kind);
        Assert.Contains("context", piperidine.Note);
        Assert.Equal("C1CC(CCN1)Nc1ccccc1", piperidine.Query);

        var pyridine = Assert.Single(Extractor.Extract("4-AP (aminopyridine) for research"), m => m.Text == "4-AP");
        Assert.Equal("Nc1ccncc1", pyridine.Query);
    }

    [Fact]
    public void Mixtures_report_each_component_with_its_share()
    {
        var mentions = Extractor.Extract("Mixture: 4-piperidone HCl 60 %, starch 40 %");
        Assert.Equal([("4-piperidone", 60.0), ("starch", 40.0)], mentions.Select(m => (m.Text, m.Percent ?? -1)));
    }

    [Fact]
    public void Systematic_names_without_opsin_are_reported_as_unparsed_not_dropped()
    {
        var mention = Single("1-benzylpiperidin-4-one, 99%", MentionKind.UnparsedName);
        Assert.Equal("1-benzylpiperidin-4-one", mention.Text);
        Assert.Contains("OPSIN", mention.Note);
        Assert.Empty(Extractor.Extract("Cotton T-shirts, men's, 12 cartons"));
    }

    [Fact]
    public void Opsin_turns_systematic_names_into_structures()
    {
        using var opsin = new OpsinClient();
        Assert.True(opsin.IsAvailable, "OPSIN is missing: install Debian libopsin-java (scripts/test does)");
        var extractor = new ChemicalExtractor(Fixture.KnowledgeBase, opsin);
        var mention = Assert.Single(extractor.Extract("tert-butyl 4-oxopiperidine-1-carboxylate, white powder"));
        Assert.Equal(MentionKind.Name, mention.Kind);
        var systematic = Assert.Single(extractor.Extract("1-benzylpiperidin-4-one 99%"));
        Assert.Equal(MentionKind.SystematicName, systematic.Kind);
        var result = Fixture.Check(systematic.Query!);
        Assert.Equal("O=C1CCN(Cc2ccccc2)CC1", result.Structure!.Smiles);
        Assert.Null(opsin.ToSmiles("not a chemical name at all"));
    }

    [Fact]
    public void Opsin_answers_a_batch_in_order_with_repeats_and_failures()
    {
        using var opsin = new OpsinClient();
        Assert.True(opsin.IsAvailable, "OPSIN is missing: install Debian libopsin-java (scripts/test does)");

        var answers = opsin.ToSmiles(["propan-2-one", "not a chemical name at all", "ethanol", "propan-2-one"]);

        Assert.Equal(4, answers.Count);
        Assert.Equal("CC(C)=O", answers[0]);
        Assert.Null(answers[1]);
        Assert.Equal("C(C)O", answers[2]);
        Assert.Equal(answers[0], answers[3]);
    }
}
