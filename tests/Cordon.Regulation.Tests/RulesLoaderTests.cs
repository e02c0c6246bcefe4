using Cordon.Regulation;
using Cordon.Regulation.Loading;

namespace Cordon.Regulation.Tests;

public sealed class RulesLoaderTests
{
    [Fact]
    public void The_shipped_rules_have_no_errors()
    {
        var result = RulesLoader.Load(RepoPaths.Rules);
        Assert.Empty(result.Problems.Where(p => p.IsError).Select(p => p.ToString()));
        var kb = result.KnowledgeBase;
        Assert.Contains(kb.Lists, l => l.Jurisdiction == "US" && l.Name == "List I chemicals");
        Assert.Contains(kb.Lists, l => l.Jurisdiction == "UN" && l.Name == "1988 Convention, Table I");
        Assert.Matches(@"^\d{4}\.\d{2}\.\d{2}\+[0-9a-f]{8}$", kb.Version);
    }

    [Fact]
    public void Every_listed_entry_carries_a_citation_clause_and_effective_date()
    {
        var kb = RulesLoader.Load(RepoPaths.Rules).KnowledgeBase;
        var listed = kb.Substances.Where(s => s.List is not null).ToList();
        Assert.True(listed.Count > 1000, $"{listed.Count} listed entries");
        Assert.All(listed, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Citation.Section));
            Assert.False(string.IsNullOrWhiteSpace(s.Citation.Instrument), s.Id);
            Assert.Matches("^https?://", s.Citation.Url);
            Assert.Null(s.Citation.LegacySource);
            Assert.False(string.IsNullOrWhiteSpace(s.Clause));
            Assert.False(string.IsNullOrWhiteSpace(s.Effective));
        });
    }

    [Fact]
    public void Fentanyl_precursors_are_indexed_by_cas_and_name()
    {
        var kb = RulesLoader.Load(RepoPaths.Rules).KnowledgeBase;
        Assert.True(CasNumber.TryParse("39742-60-4", out var npp, out _));
        Assert.Contains(kb.FindByCas(npp), s => s.Id == "us.list-i.npp");
        Assert.Contains(kb.FindByCas(npp), s => s.Id == "un.table-i.npp");
        Assert.Contains(kb.FindByNameKey(NameKey.From("4-ANPP")), s => s.Id == "us.schedule-ii.anpp");
    }

    [Fact]
    public void Each_kind_of_problem_is_reported_with_file_and_line()
    {
        using var rules = new TemporaryRules("""
            jurisdiction: US
            list:
              id: us.test
              name: Test list
              authority: test
              url: https://example.org
            substances:
              - id: us.test.good
                name: acetone
                cas: 67-64-1
                smiles: CC(C)=O
                clause: acetone
                covers: [salts]
                citation: {section: s, source: t}
                effective: 2020-01-01
              - id: us.test.badcas
                name: bad cas
                cas: 67-64-2
                smiles: CCO
                clause: c
                citation: {section: s, source: t}
                effective: 2020
              - id: us.test.good
                name: duplicate id
                smiles: CC
                clause: c
                citation: {section: s, source: t}
                effective: 2020
              - id: us.test.nocitation
                name: no citation
                smiles: CCC
                clause: c
                effective: 2020
              - id: us.test.badsmiles
                name: bad structure
                smiles: C1CC(
                clause: c
                citation: {section: s, source: t}
                effective: 2020
              - id: us.test.typo
                name: unknown key
                smile: CC
                structure_note: none
                clause: c
                citation: {section: s, source: t}
                effective: last year
                covers: [salt]
            """);
        var result = RulesLoader.Load(rules.Folder);
        var errors = result.Problems.Where(p => p.IsError).ToList();
        string At(int line) => string.Join(" / ", errors.Where(e => e.Location.Line == line).Select(e => e.Message));

        Assert.All(errors, e => Assert.Equal("rules/us/test.yaml", e.Location.File));
        Assert.Contains("check digit", At(18));
        Assert.Contains("duplicate id 'us.test.good'", At(23));
        Assert.Contains("missing citation", At(29));
        Assert.Contains("does not parse", At(34));
        Assert.Contains("unknown key 'smile'", At(42));
        Assert.Contains(errors, e => e.Message.Contains("effective date 'last year'"));
        Assert.Contains(errors, e => e.Message.Contains("unknown coverage 'salt'"));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void The_eu_category_1_clause_excludes_cathine_from_the_stereoisomers_of_norephedrine()
    {
        var kb = RulesLoader.Load(RepoPaths.Rules).KnowledgeBase;
        var norephedrine = Assert.Single(kb.Structures, s => s.Substance.Id == "eu.category-1.norephedrine");
        var cathine = Assert.Single(kb.Structures, s => s.Substance.Id == "un.1971-schedule-iii.cathine");
        Assert.Equal(norephedrine.FlatKey, cathine.FlatKey);
        Assert.Equal([cathine.StereoKey], norephedrine.ExcludedStereoKeys);
        Assert.Equal("cathine", Assert.Single(norephedrine.Substance.Excludes).Name);
        // The only other exclusion in the shipped rules: US schedule I acetylmethadol leaves out LAAM, listed in schedule II.
        var acetylmethadol = Assert.Single(kb.Structures, s => s.Substance.Id == "us.schedule-i.acetylmethadol");
        var laam = Assert.Single(kb.Structures, s => s.Substance.Id == "us.schedule-ii.levo-alphacetylmethadol");
        Assert.Equal([laam.StereoKey], acetylmethadol.ExcludedStereoKeys);
        Assert.All(kb.Structures.Where(s => s.Substance.Id != norephedrine.Substance.Id && s.Substance.Id != acetylmethadol.Substance.Id),
            s => Assert.Empty(s.ExcludedStereoKeys));
    }

    [Fact]
    public void An_excluded_form_must_be_a_stereoisomer_of_the_entry_with_stereo_of_its_own()
    {
        using var rules = new TemporaryRules(TemporaryRules.ListHead + """
              - id: us.test.norephedrine
                name: norephedrine
                smiles: CC(N)C(O)c1ccccc1
                clause: c
                covers: [salts, stereoisomers]
                excludes:
                  - {name: cathine, smiles: 'C[C@H](N)[C@@H](O)c1ccccc1'}
                citation: {section: s, source: t}
                effective: 2020-01-01
              - id: us.test.other
                name: wrong exclusion
                smiles: CC(N)C(O)c1ccccc1
                clause: c
                covers: [stereoisomers]
                excludes:
                  - {name: ephedrine, smiles: 'CN[C@@H](C)[C@H](O)c1ccccc1'}
                  - {name: flat, smiles: CC(N)C(O)c1ccccc1}
                  - {name: broken, smiles: 'C1CC('}
                  - {name: no smiles}
                citation: {section: s, source: t}
                effective: 2020-01-01
              - id: us.test.nostructure
                name: no structure
                structure_note: none
                clause: c
                excludes:
                  - {name: cathine, smiles: 'C[C@H](N)[C@@H](O)c1ccccc1'}
                citation: {section: s, source: t}
                effective: 2020-01-01
            """);
        var result = RulesLoader.Load(rules.Folder);
        var errors = result.Problems.Where(p => p.IsError).Select(p => p.Message).ToList();
        Assert.Contains(errors, e => e.Contains("excluded form 'ephedrine' of 'us.test.other' is not a stereoisomer"));
        Assert.Contains(errors, e => e.Contains("excluded form 'flat' of 'us.test.other' gives no stereochemistry"));
        Assert.Contains(errors, e => e.Contains("excluded form 'broken' of 'us.test.other' does not parse"));
        Assert.Contains(errors, e => e.Contains("missing 'smiles'"));
        Assert.Contains(errors, e => e.Contains("'us.test.nostructure' excludes forms but has no smiles"));
        Assert.DoesNotContain(errors, e => e.Contains("us.test.norephedrine"));
        var good = Assert.Single(result.KnowledgeBase.Structures, s => s.Substance.Id == "us.test.norephedrine");
        Assert.Single(good.ExcludedStereoKeys);
    }

    [Fact]
    public void Yaml_syntax_errors_name_the_line()
    {
        using var rules = new TemporaryRules("jurisdiction: US\nlist: [unclosed\n");
        var problem = Assert.Single(RulesLoader.Load(rules.Folder).Problems);
        Assert.True(problem.IsError);
        Assert.Contains("YAML", problem.Message);
        Assert.True(problem.Location.Line >= 2);
    }
}
