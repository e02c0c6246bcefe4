using System.Text;
using Cordon.Screening.Declarations;
using Cordon.Screening.Declarations.Extraction;
using Cordon.Screening.Extraction;
using Cordon.Screening.Reporting;

namespace Cordon.Screening.Tests;

/// <summary>The verdict contract of issue "Verdicts you can defend": the same text reads the same in check and screen,
/// `clear` means recognised and not listed, disguised text is found and flagged, and a name inside a longer name is never
/// reported as the shorter name's substance.</summary>
public sealed class VerdictContractTests
{
    private static readonly Lazy<OpsinClient> Opsin = new(() => new OpsinClient());

    private static DeclarationResult ScreenRow(string description, string hsCode = "")
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.csv");
        var quoted = "\"" + description.Replace("\"", "\"\"") + "\"";
        File.WriteAllText(path, $"id,hs_code,goods_description\nR1,{hsCode},{quoted}\n", new UTF8Encoding(false));
        try
        {
            var screener = new DeclarationScreener(Fixture.Checker(), new ChemicalExtractor(Fixture.KnowledgeBase, Opsin.Value));
            return screener.Screen(Assert.Single(DeclarationReader.Read(path, null, null)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static CheckResult Check(string query) =>
        new ChemicalChecker(Fixture.KnowledgeBase, new CheckOptions(), Opsin.Value).Check(new QueryRecord(0, query, null, 1));

    [Theory]
    [InlineData("79099\u201007\u20103")]
    [InlineData("79099\u201307\u20133")]
    [InlineData("79099\u221207\u22123")]
    [InlineData("79099\uFF0D07\uFF0D3")]
    [InlineData("79099\u201107\u20113")]
    [InlineData("７９０９９－０７－３")]
    [InlineData("790\u200B99-07-3")]
    [InlineData("\u0667\u0669\u0660\u0669\u0669-\u0660\u0667-\u0663")]
    public void A_disguised_CAS_number_of_a_controlled_precursor_is_found_in_screen_and_check(string cas)
    {
        Assert.Equal(DeclarationStatus.Controlled, ScreenRow($"Lot 7, CAS {cas}, 25 kg", "2933.39").Status);
        Assert.Equal(CheckStatus.Controlled, Check(cas).Status);
    }

    [Theory]
    [InlineData("F\u0435ntanyl citrate")] // Cyrillic ie
    [InlineData("\u0440henylacetone")] // Cyrillic er
    [InlineData("ＦＥＮＴＡＮＹＬ")] // full-width letters
    [InlineData("\U0001D41F\U0001D41E\U0001D427\U0001D42D\U0001D41A\U0001D427\U0001D432\U0001D425")] // mathematical bold
    [InlineData("fent\u200Banyl")] // zero-width space
    public void A_disguised_name_is_found_and_flagged(string description)
    {
        var result = ScreenRow(description);

        Assert.Equal(DeclarationStatus.Controlled, result.Status);
        Assert.Equal(CheckStatus.Controlled, Check(description).Status);
        if (description.Any(c => c > 0x7F && c is not (>= '\uFF00' and <= '\uFFEF')))
        {
            var flag = Assert.Single(result.Evidence, e => e.Feature == "obfuscated-text");
            Assert.NotNull(flag.Start);
        }
    }

    [Theory]
    [InlineData("1-Boc-4-anilinopiperidine", "4-anilinopiperidine")]
    [InlineData("Despropionyl fentanyl", "fentanyl")]
    public void A_name_inside_an_unreadable_longer_name_is_a_partial_name_not_the_shorter_substance(string name, string inner)
    {
        var check = Check(name);
        var row = ScreenRow(name, "2933.39");

        Assert.DoesNotContain(check.Findings, f => f.Substance.Equals(inner, StringComparison.OrdinalIgnoreCase) && f.Basis == FindingBasis.Listed);
        Assert.DoesNotContain(row.Evidence, e => e.Text.Equals(inner, StringComparison.OrdinalIgnoreCase));
        if (check.Status == CheckStatus.Unresolved)
        {
            Assert.Contains("partial name", check.Message);
            Assert.Contains(row.Evidence, e => e.Feature == "partial-name" && e.Text == name);
            Assert.Equal(DeclarationStatus.Unresolved, row.Status);
        }
    }

    [Theory]
    [InlineData("4-(phenylamino)piperidine", "4-anilinopiperidine")]
    [InlineData("1-Benzyl-4-piperidone", null)]
    public void A_longer_systematic_name_is_read_as_a_whole(string name, string? listedAs)
    {
        var check = Check(name);
        var row = ScreenRow($"{name} 99%", "2933.39");

        Assert.NotEqual(CheckStatus.Unresolved, check.Status);
        Assert.Contains(row.Evidence, e => e.Rule == "systematic-name" && e.Text == name);
        Assert.DoesNotContain(row.Evidence, e => e.Text is "piperidine" or "4-piperidone");
        if (listedAs is not null)
        {
            Assert.Contains(check.Findings, f => f.Basis == FindingBasis.Listed && f.Controls);
        }
    }

    [Theory]
    [InlineData("Acetone pharma grade")]
    [InlineData("Acetone, HPLC")]
    [InlineData("Acetone AR 99.5%")]
    [InlineData("Acetone USP")]
    [InlineData("Acetone food grade 200 L drum")]
    [InlineData("Acetona grado técnico")]
    [InlineData("丙酮 工业级")]
    [InlineData("丙酮工业级")]
    [InlineData("Acetona calidad farmacéutica")]
    [InlineData("Acetona técnica")]
    [InlineData("丙酮溶剂")]
    public void Grade_words_do_not_break_check_and_check_agrees_with_screen(string text)
    {
        var check = Check(text);
        var row = ScreenRow(text, "2914.11");

        Assert.Equal(CheckStatus.Controlled, check.Status);
        Assert.Contains(check.Findings, f => f.Substance.Contains("acet", StringComparison.OrdinalIgnoreCase) || f.Substance == "丙酮");
        Assert.Equal(DeclarationStatus.Controlled, row.Status);
    }

    [Theory]
    [InlineData("丙酮 工业级", "丙酮")]
    [InlineData("甲苯 200 kg", "甲苯")]
    [InlineData("盐酸 30%", "盐酸")]
    [InlineData("哌啶 99%", "哌啶")]
    [InlineData("鹽酸 30%", "鹽酸")]
    [InlineData("麻黃鹼", "麻黃鹼")]
    [InlineData("偽麻黃鹼 片劑", "偽麻黃鹼")]
    public void Two_character_and_traditional_Chinese_names_are_found_in_running_text(string description, string span)
    {
        var row = ScreenRow(description);

        Assert.Equal(DeclarationStatus.Controlled, row.Status);
        Assert.Contains(row.Evidence, e => e.Text == span && e.Check?.Status == CheckStatus.Controlled);
    }

    [Fact]
    public void A_short_Chinese_name_inside_a_longer_one_is_not_reported_as_itself()
    {
        // 甲苯磺酸 (toluenesulfonic acid) is not 甲苯 (toluene).
        var row = ScreenRow("甲苯磺酸 25 kg", "2904.10");

        Assert.DoesNotContain(row.Evidence, e => e.Text == "甲苯" && e.Check is not null);
        Assert.NotEqual(DeclarationStatus.Clear, row.Status);
    }

    [Theory]
    [InlineData("Unknownium compound 98%", "")]
    [InlineData("Research chemicals", "2933.39")]
    [InlineData("Pharmaceutical intermediate, 5 kg", "")]
    [InlineData("Custom synthesis product", "2942.00")]
    [InlineData("Químico de investigación", "")]
    [InlineData("医药中间体", "")]
    [InlineData("Assorted goods", "2933.39")]
    public void A_row_that_names_no_chemical_is_never_clear_when_it_looks_chemical(string description, string hs)
    {
        var row = ScreenRow(description, hs);

        Assert.Equal(DeclarationStatus.Unresolved, row.Status);
        Assert.NotEmpty(row.Evidence);
    }

    [Theory]
    [InlineData("N-Phenethyl-4-piperidone (NPP)", "N-phenethyl-4-piperidone")]
    [InlineData("Despropionyl fentanyl (4-ANPP)", "4-anilino-N-phenethylpiperidine")]
    public void A_name_with_a_synonym_in_brackets_is_read_by_check(string query, string substance)
    {
        var check = Check(query);

        Assert.Equal(CheckStatus.Controlled, check.Status);
        Assert.Contains(check.Findings, f => f.Substance == substance && f.Controls);
        Assert.DoesNotContain(check.Findings, f => f.Substance == "fentanyl");
    }

    [Fact]
    public void A_name_and_a_bracketed_synonym_that_disagree_are_unresolved()
    {
        Assert.Equal(CheckStatus.Unresolved, Check("Glucose (NPP)").Status);
    }

    [Theory]
    [InlineData("盐酸麻黄碱", "麻黄碱")] // ephedrine hydrochloride
    [InlineData("盐酸伪麻黄碱 工业级", "伪麻黄碱")]
    [InlineData("鹽酸麻黃鹼", "麻黄碱")] // traditional characters
    [InlineData("4-哌啶酮盐酸盐", "4-哌啶酮")]
    [InlineData("麻黄碱硫酸盐", "麻黄碱")]
    [InlineData("盐酸溶液", "盐酸")] // hydrochloric acid solution: 盐酸 alone is the acid, not a salt word
    public void A_Chinese_salt_name_is_the_salt_of_its_base(string salt, string parent)
    {
        var check = Check(salt);

        Assert.Equal(CheckStatus.Controlled, check.Status);
        Assert.Equal(Check(parent).Structure!.Smiles, check.Structure!.Smiles);
    }

    [Theory]
    [InlineData("Citric acid, reagent grade, 25 kg")]
    [InlineData("Citric acid ACS reagent")]
    public void Reagent_as_a_grade_does_not_stand_for_an_unnamed_chemical(string description)
    {
        var check = Check(description);
        var row = ScreenRow(description, "2939.30");

        Assert.Equal(DeclarationStatus.Clear, row.Status);
        Assert.DoesNotContain(row.Evidence, e => e.Rule == "unnamed-chemical");
        Assert.Equal(CheckStatus.Clear, check.Status);
    }

    [Theory]
    [InlineData("Research chemicals")]
    [InlineData("研究化学品")]
    [InlineData("Intermedio farmacéutico")]
    public void A_vague_chemical_description_is_a_named_risk_feature(string description)
    {
        Assert.Contains(ScreenRow(description).Evidence, e => e.Feature == "vague-chemical-description");
    }

    [Fact]
    public void Goods_that_are_recognisably_not_chemical_are_clear_and_say_why()
    {
        var row = ScreenRow("Plastic storage boxes, assorted colours", "3926.90");

        Assert.Equal(DeclarationStatus.Clear, row.Status);
        var why = Assert.Single(row.Evidence);
        Assert.Equal("not-chemical", why.Rule);
        Assert.Contains("3926.90", why.Explanation);
    }

    [Fact]
    public void A_name_repeated_in_a_long_field_is_counted_and_a_name_at_its_end_is_still_found()
    {
        var row = ScreenRow(string.Concat(Enumerable.Repeat("acetone ", 50_000)) + "fentanyl", "2914.11");

        var acetone = row.Evidence.Where(e => e.Text == "acetone").ToList();
        Assert.Equal(ChemicalExtractor.MaxRepeats, acetone.Count);
        Assert.Contains(acetone, e => e.Explanation.Contains("50,000 times", StringComparison.Ordinal));
        var fentanyl = Assert.Single(row.Evidence, e => e.Text == "fentanyl");
        Assert.Equal(50_000 * 8, fentanyl.Start);
        Assert.Equal(DeclarationStatus.Controlled, row.Status);
        Assert.Equal(RiskLevel.High, row.Risk);
    }

    [Fact]
    public void A_disguised_shipper_name_is_flagged_even_without_a_watch_list()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "id,shipper,hs_code,goods_description\nR1,Shanghai B\u043Eyle Chemical,3926.90,Plastic boxes\n", new UTF8Encoding(false));
        try
        {
            var screener = new DeclarationScreener(Fixture.Checker(), new ChemicalExtractor(Fixture.KnowledgeBase, null));
            var row = screener.Screen(Assert.Single(DeclarationReader.Read(path, null, null)));

            var flag = Assert.Single(row.Evidence, e => e.Feature == "obfuscated-text");
            Assert.Equal("shipper", flag.Column);
            Assert.Equal("B\u043Eyle", flag.Text);
            Assert.Equal(DeclarationStatus.Suspect, row.Status);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_row_with_more_fields_than_the_header_has_every_cell_screened_and_is_not_clear()
    {
        // An unquoted comma pushed the tail of the description into the HS code column.
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "id,goods_description,hs_code\nR1,Acetone, fentanyl citrate 5 kg,2914.11\nR2,Plastic boxes,3926.90\n", new UTF8Encoding(false));
        try
        {
            var screener = new DeclarationScreener(Fixture.Checker(), new ChemicalExtractor(Fixture.KnowledgeBase, null));
            var rows = DeclarationReader.Read(path, null, null).Select(screener.Screen).ToList();

            Assert.Equal(2, rows.Count);
            Assert.Contains(rows[0].Evidence, e => e.Rule == "misaligned-row");
            Assert.Contains(rows[0].Evidence, e => e.Text == "fentanyl" && e.Check?.Status == CheckStatus.Controlled);
            Assert.Equal(RiskLevel.High, rows[0].Risk);
            Assert.Equal(DeclarationStatus.Clear, rows[1].Status);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("acetone oxime 99%", "acetone oxime")]
    [InlineData("4-piperidone ethylene ketal, 5 kg", "4-piperidone ethylene ketal")]
    [InlineData("methyl phenylacetate 25 kg", "methyl phenylacetate")]
    public void A_name_followed_or_preceded_by_name_building_words_is_read_as_the_whole_name(string description, string whole)
    {
        var row = ScreenRow(description, "2932.99");

        var found = Assert.Single(row.Evidence, e => e.Check is not null);
        Assert.Equal(whole, found.Text);
        Assert.Equal(ResultNames.Of(Check(whole).Status), ResultNames.Of(found.Check!.Status));
    }

    [Fact]
    public void A_name_followed_by_an_ordinary_noun_stands()
    {
        var row = ScreenRow("acetone drums, 20 units", "2914.11");

        Assert.Contains(row.Evidence, e => e.Text == "acetone" && e.Check?.Status == CheckStatus.Controlled);
    }

    [Fact]
    public void Chinese_numerals_after_a_name_count_drums_but_before_it_build_another_name()
    {
        Assert.Contains(ScreenRow("出口甲苯二十桶").Evidence, e => e.Text == "甲苯" && e.Check?.Status == CheckStatus.Controlled);
        Assert.DoesNotContain(ScreenRow("二甲苯 200升").Evidence, e => e.Text == "甲苯");
    }
}
