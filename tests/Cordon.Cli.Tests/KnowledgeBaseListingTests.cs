using Cordon.Application.Rules;
using Cordon.Regulation.Loading;

namespace Cordon.Cli.Tests;

/// <summary>The <c>kb list</c> query in Cordon.Application: listed entries of the asked jurisdictions, in a stable order.</summary>
public sealed class KnowledgeBaseListingTests
{
    [Fact]
    public void Listed_holds_only_the_asked_jurisdictions_listed_entries_by_id()
    {
        var loaded = RulesLoader.Load(CliRunner.RepoFile("rules"));
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Problems));

        var un = KnowledgeBaseQueries.Listed(loaded.KnowledgeBase, new HashSet<string>(["UN"]));

        Assert.Contains(un, s => s.Id == "un.1971-schedule-iii.amobarbital");
        Assert.All(un, s => Assert.Equal("UN", s.List!.Jurisdiction));
        Assert.Equal(un.Select(s => s.Id).Order(StringComparer.Ordinal), un.Select(s => s.Id));
        Assert.Equal(loaded.KnowledgeBase.Substances.Count(s => s.List is not null), KnowledgeBaseQueries.Listed(loaded.KnowledgeBase, null).Count);
    }
}
