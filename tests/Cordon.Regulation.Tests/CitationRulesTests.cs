using Cordon.Regulation.Loading;

namespace Cordon.Regulation.Tests;

public sealed class CitationRulesTests
{
    private const string Head = """
        jurisdiction: US
        list:
          id: us.test
          name: Test list
          authority: 21 CFR 1308.11
          url: https://www.ecfr.gov/current/title-21/part-1308/section-1308.11
          last_amended: {date: 2025-07-16, instrument: "Final rule, 90 FR 1 (16 Jul 2025), FR Doc 2025-00001", url: https://www.federalregister.gov/d/2025-00001}
        substances:

        """;

    private static List<RuleProblem> Problems(string entries)
    {
        using var rules = new TemporaryRules(Head + entries);
        return RulesLoader.Load(rules.Folder).Problems.ToList();
    }

    [Fact]
    public void A_cited_entry_with_an_official_link_and_a_day_is_clean()
    {
        var problems = Problems("""
            - id: us.test.acetyl-fentanyl
              name: Acetyl fentanyl
              code: '9821'
              smiles: CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1
              structure: {from: opsin, name: N-(1-phenethylpiperidin-4-yl)-N-phenylacetamide, formula: C21H26N2O, checked: ["swgdrug: Fentanyl acetyl analog"]}
              clause: c
              citation: {section: 21 CFR 1308.11(b)(3), instrument: "Final order, 82 FR 20544 (3 May 2017)", url: https://www.federalregister.gov/d/2017-08956}
              effective: 2017-05-03
            """);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_link_outside_the_official_publishers_is_an_error_at_its_line()
    {
        var problems = Problems("""
            - id: us.test.x
              name: x
              structure_note: none
              clause: c
              citation: {section: s, instrument: i, url: https://www.law.cornell.edu/cfr/text/21/1308.11}
              effective: 2017-05-03
            """);
        var error = Assert.Single(problems, p => p.IsError);
        Assert.Contains("'www.law.cornell.edu' is not an official publisher", error.Message);
        Assert.Equal(13, error.Location.Line);
    }

    [Theory]
    [InlineData("GitHub code-index file id 71379916408")]
    [InlineData("shared/reference/precursors.csv")]
    public void A_citation_that_names_where_a_fact_was_found_is_an_error(string instrument)
    {
        var problems = Problems($$"""
            - id: us.test.x
              name: x
              structure_note: none
              clause: c
              citation: {section: s, instrument: "{{instrument}}", url: https://www.ecfr.gov/x}
              effective: 2017-05-03
            """);
        Assert.Contains(problems, p => p.IsError && p.Message.Contains("not where this project found it"));
    }

    [Fact]
    public void A_recorded_formula_that_is_not_the_structures_is_an_error()
    {
        var problems = Problems("""
            - id: us.test.x
              name: x
              smiles: CCO
              structure: {from: opsin, name: ethanol, formula: C2H5O}
              clause: c
              citation: {section: s, instrument: i, url: https://www.ecfr.gov/x}
              effective: 2017-05-03
            """);
        Assert.Contains(problems, p => p.IsError && p.Message.Contains("has formula C2H6O, but its record says C2H5O"));
    }

    [Fact]
    public void A_year_without_a_note_is_a_warning_and_a_free_text_citation_an_error()
    {
        var problems = Problems("""
            - id: us.test.x
              name: x
              structure_note: none
              clause: c
              citation: {section: s, source: somewhere}
              effective: 2017
            - id: us.test.y
              name: y
              structure_note: none
              clause: c
              citation: {section: s, instrument: i, url: https://www.ecfr.gov/x}
              effective: 2017
              effective_note: the order gives the year of publication only
            """);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => !p.IsError && p.Message.Contains("takes effect in 2017: give the day"));
        Assert.Contains(problems, p => p.IsError && p.Message.Contains("citation is free text"));
    }
}
