using Cordon.Parties.Matching;

namespace Cordon.Parties.Tests;

/// <summary>Each example of issue 10's first list, against the real OFAC SDN 2021 snapshot: what it gave before, and the right answer.</summary>
public sealed class IssueExampleTests
{
    private static PartyMatch? Candidate(string party, string id, PartyQuery? query = null) =>
        Snapshot.Matcher.Match(query ?? new PartyQuery(party)).FirstOrDefault(m => m.Entry.Id == id);

    [Fact]
    public void One_shared_distinctive_word_with_other_words_differing_is_not_a_match()
    {
        // Before: "Boyle Trading Ltd" scored 0.98 match against BOYLE CHEMICAL CO., LTD.
        var boyle = Candidate("Boyle Trading Ltd", "16907");
        Assert.NotNull(boyle);
        Assert.Equal(MatchTier.Review, boyle.Tier);
        Assert.Contains(boyle.Explanation, e => e.Contains("unmatched words lower the score") && e.Contains("trading") && e.Contains("chemical"));
    }

    [Theory]
    [InlineData("Wuhan Greenway Biotech", "27165")] // before: GREEN INDUSTRIES HONG KONG at 0.75
    [InlineData("Wuhan Greenway Biotech", "18334")] // before: GREEN SHIPPING at 0.74 once the first was cleared
    [InlineData("Sinopec Trading", "16852")] // before: SINOTECH INDUSTRY at 0.88
    [InlineData("Hubei Kaida Chemical Co Ltd", "28028")] // before: a Ugandan individual through his weak a.k.a. 'Kaida'
    [InlineData("El Chapo", "13148")] // before: EL CHAPITO (another person) at 0.91 match
    public void A_different_party_sharing_part_of_a_word_is_not_reported(string party, string id)
    {
        Assert.Null(Candidate(party, id));
    }

    [Fact]
    public void Nicknames_that_differ_by_a_suffix_are_different_tokens()
    {
        // EL CHAPITO is a weak a.k.a. of 13148: found, at most review.
        Assert.Equal(("EL CHAPITO", MatchTier.Review), (Candidate("El Chapito", "13148")?.MatchedName.Name, Candidate("El Chapito", "13148")?.Tier));
        Assert.Null(Candidate("El Chapo", "13148"));
    }

    [Theory]
    [InlineData("Zhang Lei", "16318", "1976-01-03")]
    [InlineData("Zhang Wei", "23647", "1952-09-16")]
    public void A_very_common_name_alone_is_review_and_a_date_of_birth_decides(string party, string id, string dob)
    {
        // Before: both scored 1.00 match on name alone.
        var alone = Candidate(party, id);
        Assert.NotNull(alone);
        Assert.Equal(MatchTier.Review, alone.Tier);
        Assert.Contains("common-name", alone.Flags);
        Assert.Contains(alone.Explanation, e => e.Contains("confirm with date of birth or nationality"));

        var born = Candidate(party, id, new PartyQuery(party) { BirthDate = BirthDate.Parse(dob) });
        Assert.Equal(MatchTier.Match, born?.Tier);
        Assert.Contains(born!.Features, f => f.Name == "dob_match" && f.Value > 0);

        // A common name whose date of birth disagrees is another person.
        Assert.Null(Candidate(party, id, new PartyQuery(party) { BirthDate = BirthDate.Parse("1990-05-05") }));
        Assert.Null(Candidate(party, id, new PartyQuery(party) { Country = Countries.Find("MX") }));
    }

    [Fact]
    public void Zhang_wei_and_zhang_lei_are_told_apart_by_a_listed_identifier()
    {
        var byPassport = Candidate("Zhang Lei", "16318", new PartyQuery("Zhang Lei") { Identifier = "G 2385 1362" });
        Assert.Equal(MatchTier.Match, byPassport?.Tier);
        Assert.Contains("identifier", byPassport!.Flags);
        Assert.Null(Candidate("Zhang Lei", "23647", new PartyQuery("Zhang Lei") { Identifier = "G23851362" }));
    }

    [Theory]
    [InlineData("B\u043Eyle Chemical", true)] // one Cyrillic letter
    [InlineData("ＢＯＹＬＥ ＣＨＥＭＩＣＡＬ", false)] // full-width letters
    [InlineData("Boy-le Chemical", false)] // a hyphen inside a word
    [InlineData("Boy\u00ADle Chemical", true)] // a soft hyphen inside a word
    public void Disguised_names_are_found_and_disguises_flagged(string party, bool flagged)
    {
        var match = Candidate(party, "16907");
        Assert.NotNull(match);
        Assert.Equal(MatchTier.Match, match.Tier);
        Assert.Equal(flagged, match.Flags.Contains("obfuscated-name"));
    }

    [Fact]
    public void Names_in_chinese_and_cyrillic_script_are_transliterated_and_found()
    {
        var chinese = Candidate("张磊", "16318");
        Assert.NotNull(chinese);
        Assert.Contains("transliterated", chinese.Flags);
        Assert.NotNull(Candidate("Жанг Леи", "16318"));
    }
}
