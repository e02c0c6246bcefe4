using Cordon.Parties.Matching;

namespace Cordon.Parties.Tests;

/// <summary>Designee name variants are found, with the alias that matched and why; unrelated companies are not.</summary>
public sealed class MatchingTests
{
    [Theory]
    [InlineData("BOYLE CHEMICAL CO., LTD.", "16907")]
    [InlineData("Boyle Chemical Company Limited", "16907")]
    [InlineData("boyle chem co ltd", "16907")]
    [InlineData("Shanghai Boyle Chemical Co., Ltd", "16907")]
    [InlineData("Kaikai Tech Co., Ltd.", "18661")]
    [InlineData("Nanjing Kaikai Polyurethane Company Limited", "18661")]
    [InlineData("Eastnine Chemicals Co Ltd", "18661")]
    [InlineData("A Team Chemicals Co Ltd", "9554")]
    [InlineData("ATeam Chemicals Company", "9554")]
    [InlineData("Fujing Zheng", "26236")]
    [InlineData("ILC Exportaciones S de RL de CV", "11730")]
    [InlineData("Hong Pang General Trading Co Ltd", "11304")]
    [InlineData("B\u043Eyle Chemical Co., Ltd.", "16907")] // a Cyrillic o
    [InlineData("ＢＯＹＬＥ ＣＨＥＭＩＣＡＬ", "16907")] // full-width letters
    [InlineData("Bo\u200Byle Chemical", "16907")] // a zero-width space inside a word
    [InlineData("\U0001D401\U0001D428\U0001D432\U0001D425\U0001D41E Chemical", "16907")] // mathematical bold
    public void Variants_of_designee_names_are_found(string party, string id)
    {
        var match = Snapshot.Matcher.Match(party).FirstOrDefault();
        Assert.NotNull(match);
        Assert.Equal(id, match.Entry.Id);
        Assert.Equal(MatchTier.Match, match.Tier);
        // The name it matched is one the entry really carries, and a word of the variant carries weight in the score.
        Assert.Contains(match.Entry.Names, n => n.Name == match.MatchedName.Name);
        Assert.Contains(match.Pieces, p => p.Weight > 0 && Cordon.Text.TextFolder.FoldToString(party).Contains(p.Query, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_explanation_names_the_alias_and_the_ignored_legal_forms()
    {
        var match = Snapshot.Matcher.Match("Shanghai Boyle Chemical Co., Ltd.").First();
        Assert.Equal("SHANGHAI BOYLE CHEMICAL CO., LTD.", match.MatchedName.Name);
        Assert.Equal("aka", match.MatchedName.Kind);
        Assert.Contains(match.Explanation, e => e.Contains("legal forms ignored: co, ltd"));
        Assert.Contains(match.Pieces, p => p.Query == "boyle" && p.Weight > 1);
        Assert.Contains("SDNTK", match.Entry.Programs);
        Assert.True(match.Entry.IsNarcotics);
    }

    [Theory]
    [InlineData("Chemical Co Ltd")]
    [InlineData("Shanghai Chemical Trading Co., Ltd.")]
    [InlineData("International Technology Group Limited")]
    [InlineData("Boyle Transport Logistics GmbH")]
    [InlineData("Kaiser Aluminum Corporation")]
    [InlineData("Wuhan Sunrise Biotech Co. Ltd")]
    [InlineData("Importadora del Pacifico SA de CV")]
    public void Unrelated_companies_sharing_words_are_not_matched(string party)
    {
        Assert.DoesNotContain(Snapshot.Matcher.Match(party), m => m.Tier == MatchTier.Match);
    }

    [Fact]
    public void A_country_that_agrees_raises_the_score_and_one_that_differs_lowers_it()
    {
        var plain = Snapshot.Matcher.Match("Boyle Chemical").First(m => m.Entry.Id == "16907").Score;
        var china = Snapshot.Matcher.Match("Boyle Chemical", "CN").First(m => m.Entry.Id == "16907");
        Assert.True(china.Score >= plain);
        Assert.Contains(china.Explanation, e => e.Contains("agrees"));
        var elsewhere = Snapshot.Matcher.Match("Boyle Chemical", "Peru").FirstOrDefault(m => m.Entry.Id == "16907");
        Assert.True(elsewhere is null || elsewhere.Score < plain);
    }

    [Fact]
    public void Generic_words_weigh_little()
    {
        Assert.Empty(Snapshot.Matcher.Match("Chemical Co Ltd"));
        Assert.Empty(Snapshot.Matcher.Match("Co., Ltd."));
    }

    [Fact]
    public void An_address_or_identifier_on_the_entry_supports_a_borderline_name()
    {
        var plain = Snapshot.Matcher.Match("Boyle Chem Trading").FirstOrDefault(m => m.Entry.Id == "16907");
        var supported = Snapshot.Matcher.Match("Boyle Chem Trading", address: "Dongfang Road, Pudong, Shanghai").First(m => m.Entry.Id == "16907");
        Assert.True(plain is null || supported.Score > plain.Score);
        Assert.Contains(supported.Explanation, e => e.Contains("address agrees"));
        var registered = Snapshot.Matcher.Match("International Pacific Trading Inc", identifier: "V16155").First(m => m.Entry.Id == "8256");
        Assert.Contains(registered.Explanation, e => e.Contains("identifier V16155"));
    }
}
