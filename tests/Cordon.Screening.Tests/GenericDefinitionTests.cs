using Cordon.Regulation.Definitions;
using Cordon.Screening.Classification;

namespace Cordon.Screening.Tests;

/// <summary>Class definitions clause by clause, exclusions, ambiguity flags, point-in-time answers and alerts.</summary>
public sealed class GenericDefinitionTests
{
    private static CheckResult On(string smiles, string day, params string[] jurisdictions) =>
        Fixture.Check(smiles, new CheckOptions(jurisdictions.Length == 0 ? null : jurisdictions.ToHashSet(), AsOf: DateOnly.Parse(day)));

    public static TheoryData<string, string> DefinitionExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var definition in Fixture.KnowledgeBase.Definitions)
        {
            foreach (var example in definition.Definition.Examples)
            {
                data.Add(definition.Definition.Id, example.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DefinitionExamples))]
    public void Every_example_in_the_rules_behaves_as_written(string definitionId, string exampleName)
    {
        var compiled = Fixture.KnowledgeBase.Definitions.Single(d => d.Definition.Id == definitionId);
        var example = compiled.Definition.Examples.Single(e => e.Name == exampleName);
        using var molecule = Cordon.Chemistry.Molecule.FromSmiles(example.Smiles);
        using var standard = molecule.Standardize();
        var outcome = DefinitionEvaluator.Evaluate(compiled, standard.Parent, standard.Parent.Graph(), DateOnly.MaxValue);
        Assert.Equal(example.Matches, outcome.Match is not null);
    }

    [Fact]
    public void Us_class_explains_each_clause_with_its_atoms()
    {
        // Not listed in its own right (thiofentanyl and 3-methylthiofentanyl are, in 21 CFR 1308.11(b)): a saturated
        // monocycle for the phenyl (A) and a methyl on the piperidine (C).
        var result = On("CCC(=O)N(c1ccccc1)C1CCN(CCC2CCCCC2)CC1C", "2026-01-01", "US");
        var finding = Assert.Single(result.Findings, f => f.SubstanceId == "us.schedule-i-frs.halt-act");
        Assert.Equal(FindingBasis.Generic, finding.Basis);
        Assert.Null(finding.Review);
        Assert.Equal(["A", "C"], finding.Clauses.Select(c => c.Clause).Order());
        var ringClause = finding.Clauses.Single(c => c.Clause == "A");
        Assert.Contains("C1CCCCC1", ringClause.Description);
        Assert.Equal(6, ringClause.Atoms.Count);
        Assert.Contains("methyl", finding.Clauses.Single(c => c.Clause == "C").Description);
        Assert.Equal(CheckStatus.Controlled, result.Status);
    }

    [Fact]
    public void Sufentanil_reports_its_own_schedule_ii_listing_not_the_class()
    {
        var result = On("CCC(=O)N(c1ccccc1)C1(COC)CCN(CCc2cccs2)CC1", "2026-01-01", "US");
        Assert.Equal(["us.schedule-ii.sufentanil"], result.Findings.Select(f => f.SubstanceId));
    }

    [Fact]
    public void A_substance_listed_in_its_own_right_reports_that_listing_not_the_class()
    {
        var acetyl = On("CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "2026-01-01", "US");
        Assert.Contains(acetyl.Findings, f => f.SubstanceId == "us.schedule-i.acetyl-fentanyl");
        Assert.DoesNotContain(acetyl.Findings, f => f.Basis == FindingBasis.Generic);
    }

    [Fact]
    public void Ambiguous_clauses_make_a_lead_not_a_verdict()
    {
        // N-(4-fluorophenyl)-4-piperidinamine: only the 'halides' reading brings it under the US 4-AP listing.
        var result = On("Fc1ccc(NC2CCNCC2)cc1", "2026-01-01", "US");
        var finding = Assert.Single(result.Findings, f => f.Basis == FindingBasis.Generic);
        Assert.StartsWith("review: ambiguous clause", finding.Review);
        Assert.Equal(CheckStatus.Suspect, result.Status);
        Assert.DoesNotContain("controlled:", result.Message);
    }

    [Fact]
    public void China_open_list_marks_unnamed_groups_for_review()
    {
        // A phenyl group on the piperidine ring is none of the groups 三 names; its list ends with 等 ("etc.").
        var result = On("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1c1ccccc1", "2026-01-01", "CN");
        var finding = Assert.Single(result.Findings, f => f.SubstanceId == "cn.supplementary.fentanyl-class");
        Assert.Contains("etc.", finding.Review);
    }

    [Theory]
    [InlineData("O=C1CCN(CCc2ccccc2)CC1", "2006-01-01", "")]
    [InlineData("O=C1CCN(CCc2ccccc2)CC1", "2008-01-01", "us.list-i.npp")]
    [InlineData("CC(=O)N1CCC(=O)CC1", "2023-05-11", "")]
    [InlineData("CC(=O)N1CCC(=O)CC1", "2023-05-12", "us.list-i.4-piperidone-class")]
    [InlineData("CC(C)(C)OC(=O)N1CCC(CC1)Nc1ccccc1", "2020-05-14", "")]
    [InlineData("CC(C)(C)OC(=O)N1CCC(CC1)Nc1ccccc1", "2021-01-01", "us.list-i.4-ap-class")]
    [InlineData("CC(C)(C)OC(=O)N1CCC(CC1)Nc1ccccc1", "2023-01-01", "us.list-i.boc-4-ap")]
    [InlineData("CCC(=O)N(c1ccccc1)C1CCN(CCC2CCCCC2)CC1", "2018-02-05", "")]
    [InlineData("CCC(=O)N(c1ccccc1)C1CCN(CCC2CCCCC2)CC1", "2019-01-01", "us.schedule-i-frs.temporary-order")]
    [InlineData("CCC(=O)N(c1ccccc1)C1CCN(CCC2CCCCC2)CC1", "2026-01-01", "us.schedule-i-frs.halt-act")]
    public void Us_answers_as_the_law_stood_that_day(string smiles, string day, string expected)
    {
        var ids = On(smiles, day, "US").Findings.Where(f => f.Controls).Select(f => f.SubstanceId).ToList();
        if (expected.Length == 0)
        {
            Assert.Empty(ids);
        }
        else
        {
            Assert.Contains(expected, ids);
        }
    }

    [Fact]
    public void The_temporary_order_and_the_act_do_not_overlap()
    {
        var before = On("CCC(=O)N(c1ccccc1)C1CCN(CCC2CCCCC2)CC1", "2025-07-15", "US").Findings.Select(f => f.SubstanceId).ToList();
        var after = On("CCC(=O)N(c1ccccc1)C1CCN(CCC2CCCCC2)CC1", "2025-07-16", "US").Findings.Select(f => f.SubstanceId).ToList();
        Assert.Equal(["us.schedule-i-frs.temporary-order"], before);
        Assert.Equal(["us.schedule-i-frs.halt-act"], after);
    }

    [Fact]
    public void Us_halides_clause_applies_only_from_november_2023()
    {
        var before = On("CC(C)(C)OC(=O)N1CCC(CC1)Nc1ccc(F)cc1", "2023-06-01", "US");
        Assert.DoesNotContain(before.Findings, f => f.SubstanceId == "us.list-i.4-ap-class");
        var after = On("CC(C)(C)OC(=O)N1CCC(CC1)Nc1ccc(F)cc1", "2024-01-01", "US");
        Assert.Contains(after.Findings, f => f.SubstanceId == "us.list-i.4-ap-class");
    }

    [Fact]
    public void Canada_temporary_schedule_v_ended_when_the_derivatives_listing_began()
    {
        var boc = "CC(C)(C)OC(=O)N1CCC(CC1)Nc1ccccc1";
        Assert.Contains(On(boc, "2023-01-01", "CA").Findings, f => f.SubstanceId == "ca.schedule-v.boc-4-ap");
        var later = On(boc, "2024-01-01", "CA").Findings.Select(f => f.SubstanceId).ToList();
        Assert.DoesNotContain("ca.schedule-v.boc-4-ap", later);
        Assert.Contains("ca.schedule-vi.4-ap-derivatives", later);
    }

    [Fact]
    public void Not_yet_in_force_listings_are_named_in_the_message()
    {
        var result = On("O=C1CCNCC1", "2023-01-01", "US");
        Assert.Equal(CheckStatus.Clear, result.Status);
        Assert.Contains("not in force on 2023-01-01", result.Message);
        Assert.Contains("from 2023-05-12", result.Message);
    }

    [Theory]
    [InlineData("UN", "un.table-i.npp")]
    [InlineData("US", "us.list-i.npp")]
    [InlineData("EU", "eu.category-1.npp")]
    [InlineData("CN", "cn.category-i.npp")]
    [InlineData("CA", "ca.schedule-vi.npp")]
    [InlineData("MX", "mx.lfcpq.npp")]
    public void Every_jurisdiction_answers_with_citation_and_date(string jurisdiction, string id)
    {
        var result = On("O=C1CCN(CCc2ccccc2)CC1", "2026-01-01", jurisdiction);
        var finding = Assert.Single(result.Findings, f => f.SubstanceId == id);
        Assert.Equal(jurisdiction, finding.Jurisdiction);
        Assert.False(string.IsNullOrWhiteSpace(finding.Citation));
        Assert.Matches(@"^\d{4}", finding.Effective);
    }

    [Theory]
    [InlineData("CN(C)C(=O)C(CCN1CCC(O)(CC1)c1ccc(Cl)cc1)(c1ccccc1)c1ccccc1")]
    [InlineData("OC1(CCN(CCCC(=O)c2ccc(F)cc2)CC1)c1ccc(Cl)cc1")]
    [InlineData("COc1cc2CC(CC3CCN(Cc4ccccc4)CC3)C(=O)c2cc1OC")]
    [InlineData("Fc1ccc(cc1)[C@@H]1CCNC[C@H]1COc1ccc2OCOc2c1")]
    [InlineData("CC(C)(C(=O)O)c1ccc(cc1)C(O)CCCN1CCC(CC1)C(O)(c1ccccc1)c1ccccc1")]
    public void Piperidine_medicines_stay_clear_outside_mexico(string smiles)
    {
        // Mexico's LGS art. 245 fr. IV names haloperidol (MedicinesTests covers Mexico); no other list or class reaches these.
        var result = On(smiles, "2026-11-30", "UN", "US", "EU", "CN", "CA");
        Assert.Equal(CheckStatus.Clear, result.Status);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Masked_precursor_is_a_suspect_with_the_skeleton_it_guards()
    {
        // 1-benzyl-4-piperidone: Canada controls it as a 4-piperidone derivative; under the US alone it is a lead.
        var us = On("O=C1CCN(Cc2ccccc2)CC1", "2026-01-01", "US");
        Assert.Equal(CheckStatus.Suspect, us.Status);
        var alert = Assert.Single(us.Findings, f => f.SubstanceId == "alert.masked-cores.4-piperidone");
        Assert.Equal(FindingBasis.Analogue, alert.Basis);
        Assert.DoesNotContain("controlled", us.Message.Split(':')[0]);
        Assert.Equal(CheckStatus.Controlled, On("O=C1CCN(Cc2ccccc2)CC1", "2026-01-01", "CA").Status);
    }

    [Fact]
    public void Similarity_alert_names_the_nearest_controlled_substance()
    {
        // The enantiomer of ephedrine: the UN table names ephedrine only; to the UN alone it is a lead.
        var result = On("C[C@@H](NC)[C@@H](O)c1ccccc1", "2026-01-01", "UN");
        Assert.Equal(CheckStatus.Suspect, result.Status);
        var similar = Assert.Single(result.Findings, f => f.Similarity is not null);
        Assert.Equal("ephedrine", similar.Substance);
        Assert.InRange(similar.Similarity!.Value, AnalogueAlerts.SimilarityThreshold, 1.0);
        Assert.Equal("ALERT", similar.Jurisdiction);
    }

    [Fact]
    public void Differing_atoms_are_those_without_a_counterpart_in_the_controlled_substance()
    {
        using var ephedrine = Cordon.Chemistry.Molecule.FromSmiles("CN[C@@H](C)[C@H](O)c1ccccc1");
        using var methylated = Cordon.Chemistry.Molecule.FromSmiles("CN(C)[C@@H](C)[C@H](O)c1ccccc1");
        var (differing, missing) = Cordon.Regulation.AtomSignatures.Compare(methylated.Graph(), Cordon.Regulation.AtomSignatures.Count(ephedrine.Graph()));
        var graph = methylated.Graph();
        Assert.Contains(differing, a => graph.Atoms[a].Element == 7);
        Assert.True(differing.Count <= 4, $"{differing.Count} atoms differ");
        Assert.True(missing >= 1);
    }
}
