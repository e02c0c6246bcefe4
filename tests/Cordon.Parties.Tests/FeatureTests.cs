using Cordon.Parties.Matching;

namespace Cordon.Parties.Tests;

/// <summary>The scoring model's features: entity types, weak aliases, token discipline, qualifiers, and the vector every result carries.</summary>
public sealed class FeatureTests
{
    private static PartyMatch? Candidate(PartyQuery query, string id) => Snapshot.Matcher.Match(query).FirstOrDefault(m => m.Entry.Id == id);

    [Fact]
    public void Every_result_carries_the_algorithm_and_every_feature_of_the_model()
    {
        var match = Candidate(new PartyQuery("Boyle Chemical Co Ltd"), "16907")!;
        Assert.Equal($"{PartyModel.Default.Algorithm}@{PartyModel.Default.Version}", match.Algorithm);
        Assert.Equal(PartyModel.Default.Features.Select(f => f.Name), match.Features.Select(f => f.Name));
        Assert.Equal(1.0, match.Features.Single(f => f.Name == "name").Value);
    }

    [Fact]
    public void A_company_query_does_not_match_a_person_on_one_token_and_a_person_query_not_a_company()
    {
        // 'Kaida' is a weak a.k.a. of a Ugandan individual (28028).
        Assert.NotNull(Candidate(new PartyQuery("Kaida"), "28028"));
        Assert.Null(Candidate(new PartyQuery("Kaida") { Kind = PartyKind.Company }, "28028"));
        Assert.Null(Candidate(new PartyQuery("Kaida Trading Co Ltd"), "28028"));
        Assert.Null(Candidate(new PartyQuery("Boyle") { Kind = PartyKind.Person }, "16907"));
    }

    [Fact]
    public void A_weak_alias_alone_never_reaches_match()
    {
        var weak = Candidate(new PartyQuery("Gordon Zheng"), "26236");
        Assert.NotNull(weak);
        Assert.Equal("weak aka", weak.MatchedName.Kind);
        Assert.Equal(MatchTier.Review, weak.Tier);
        Assert.Contains(weak.Features, f => f.Name == "weak_alias" && f.Value < 0);
    }

    [Theory]
    [InlineData("Boyle Pharma-Chem Trading", "Boyle Pharmachem Trading")]
    [InlineData("Boyle Pharma Chem Trading", "Boyle Pharmachem Trading")]
    public void Split_hyphenated_and_joined_forms_are_one_token(string a, string b)
    {
        var list = new WatchListEntry
        {
            List = "T", Id = "1", Name = "BOYLE PHARMACHEM TRADING LTD", Type = "entity", Programs = [], Countries = [],
            Names = [new WatchListName("BOYLE PHARMACHEM TRADING LTD", "primary")],
        };
        var matcher = new PartyMatcher([list, Other("2", "ACME WIDGETS LTD"), Other("3", "ZENITH TOOLS LTD")]);
        Assert.Equal(MatchTier.Match, Assert.Single(matcher.Match(a)).Tier);
        Assert.Equal(MatchTier.Match, Assert.Single(matcher.Match(b)).Tier);
    }

    [Fact]
    public void An_unmatched_distinctive_token_on_either_side_lowers_the_score()
    {
        var matcher = new PartyMatcher([Other("1", "KRONOS VELTRA CHEMICAL LTD"), Other("2", "ACME WIDGETS LTD"), Other("3", "ZENITH TOOLS LTD")]);
        var full = matcher.Match("Kronos Veltra Chemical").Single().Score;
        var extraOnQuery = matcher.Match("Kronos Veltra Marisol Chemical").SingleOrDefault()?.Score ?? 0;
        var missingOnQuery = matcher.Match("Kronos Chemical").SingleOrDefault()?.Score ?? 0;
        Assert.True(extraOnQuery < full);
        Assert.True(missingOnQuery < full);
        Assert.True(missingOnQuery < PartyModel.Default.MatchThreshold);
    }

    [Fact]
    public void A_country_that_disagrees_lowers_and_an_unknown_country_is_an_error()
    {
        var plain = Candidate(new PartyQuery("Boyle Chemical"), "16907")!;
        var elsewhere = Candidate(new PartyQuery("Boyle Chemical") { Country = Countries.Find("Peru") }, "16907");
        Assert.True(elsewhere is null || elsewhere.Score < plain.Score);
        Assert.Null(PartyQueryParser.TryCreate("Boyle", "Narnia", null, null, null, null, null, out var error));
        Assert.Contains("unknown country 'Narnia'", error);
        Assert.Null(PartyQueryParser.TryCreate("Boyle", null, "someday", null, null, null, null, out error));
        Assert.Null(PartyQueryParser.TryCreate("Boyle", null, null, null, "vessel", null, null, out error));
        Assert.Throws<ArgumentException>(() => Snapshot.Matcher.Match("Boyle Chemical", "Narnia"));
    }

    [Theory]
    [InlineData("USA", "US")]
    [InlineData("us", "US")]
    [InlineData("United States", "US")]
    [InlineData("MEX", "MX")]
    [InlineData("Mexico", "MX")]
    [InlineData("Korea, North", "KP")]
    [InlineData("Burma", "MM")]
    [InlineData("Hong Kong", "HK")]
    public void Countries_are_known_by_code_and_common_name(string text, string alpha2)
    {
        Assert.Equal(alpha2, Countries.Find(text)?.Alpha2);
    }

    [Fact]
    public void Gender_that_differs_lowers_the_score()
    {
        var male = Candidate(new PartyQuery("Fausto Isidro Meza Flores") { Gender = "male" }, "15001")!;
        var female = Candidate(new PartyQuery("Fausto Isidro Meza Flores") { Gender = "female" }, "15001");
        Assert.True(female is null || female.Score < male.Score);
    }

    [Fact]
    public void An_identifier_decides_even_when_the_name_reads_otherwise()
    {
        var curp = Candidate(new PartyQuery("F. I. Meza") { Identifier = "MEFF820619HSRZLS08" }, "15001");
        Assert.Equal(MatchTier.Match, curp?.Tier);
        Assert.Contains(curp!.Explanation, e => e.Contains("C.U.R.P.") && e.Contains("decisive"));
    }

    private static WatchListEntry Other(string id, string name) => new()
    {
        List = "T", Id = id, Name = name, Type = "entity", Programs = [], Countries = [], Names = [new WatchListName(name, "primary")],
    };
}
