using Cordon.Application;
using Cordon.Regulation.Loading;
using Cordon.Screening;

namespace Cordon.Cli.Tests;

/// <summary>The server's cache of check answers in Cordon.Application: a repeated query gets the same answer carrying its own
/// record, options keep their own answers, unresolved answers are never kept, and the cache stays within its bound.</summary>
public sealed class CheckResultCacheTests
{
    private static readonly Lazy<Cordon.Regulation.KnowledgeBase> KnowledgeBase = new(() =>
    {
        var loaded = RulesLoader.Load(CliRunner.RepoFile("rules"));
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Problems));
        return loaded.KnowledgeBase;
    });

    [Fact]
    public void A_repeated_query_is_answered_from_the_cache_with_the_same_verdict_and_its_own_record()
    {
        using var cache = new CheckResultCache(100);
        var service = new ChemicalService(KnowledgeBase.Value, opsin: null, cache: cache);

        var first = Assert.Single(service.Check(new CheckRequest(["67-64-1"])));
        var again = service.Check(new CheckRequest(["toluene", "67-64-1"]))[1];

        Assert.Equal(CheckStatus.Controlled, first.Status);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(first.Status, again.Status);
        Assert.Equal(first.Findings, again.Findings);
        Assert.Equal(first.Message, again.Message);
        Assert.Equal(1, first.Record!.Index);
        Assert.Equal(2, again.Record!.Index);
    }

    [Fact]
    public void Other_options_and_other_spellings_are_checked_afresh()
    {
        using var cache = new CheckResultCache(100);
        var service = new ChemicalService(KnowledgeBase.Value, opsin: null, cache: cache);

        var all = Assert.Single(service.Check(new CheckRequest(["67-64-1"])));
        var us = Assert.Single(service.Check(new CheckRequest(["67-64-1"], Jurisdictions: "US")));
        _ = service.Check(new CheckRequest(["CC(C)=O"]));

        Assert.Equal(0, cache.Hits);
        Assert.Equal(3, cache.Misses);
        Assert.Contains(all.Findings, f => f.Jurisdiction != "US");
        Assert.All(us.Findings, f => Assert.Equal("US", f.Jurisdiction));
    }

    [Fact]
    public void Unresolved_answers_are_not_kept()
    {
        using var cache = new CheckResultCache(100);
        var service = new ChemicalService(KnowledgeBase.Value, opsin: null, cache: cache);

        var first = Assert.Single(service.Check(new CheckRequest(["C1CC"])));
        _ = service.Check(new CheckRequest(["C1CC"]));

        Assert.Equal(CheckStatus.Unresolved, first.Status);
        Assert.Equal(0, cache.Hits);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void The_cache_never_holds_more_answers_than_its_capacity()
    {
        using var cache = new CheckResultCache(4);
        var service = new ChemicalService(KnowledgeBase.Value, opsin: null, cache: cache);
        // Common solvents and reagents by SMILES: twelve distinct answers for a cache of four.
        string[] ordinary = ["O", "CCO", "CO", "CC(=O)O", "c1ccccc1", "Cc1ccccc1", "ClCCl", "CCOCC", "C1CCCCC1", "CCCCCC", "OCC(O)CO", "CS(C)=O"];

        foreach (var smiles in ordinary)
        {
            _ = service.Check(new CheckRequest([smiles]));
            Assert.InRange(cache.Count, 0, cache.Capacity);
        }

        Assert.Equal(12, cache.Misses);
    }
}
