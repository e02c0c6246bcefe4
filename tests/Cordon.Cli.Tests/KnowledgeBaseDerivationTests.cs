using Cordon.Application.Rules;
using Cordon.Regulation.Loading;
using Cordon.Screening.Extraction;

namespace Cordon.Cli.Tests;

/// <summary>The <c>kb derive</c> use case in Cordon.Application, without the CLI or OPSIN: a stand-in name reader.</summary>
public sealed class KnowledgeBaseDerivationTests
{
    [Fact]
    public void Names_come_from_arguments_then_the_file_with_labels_comments_and_blank_lines()
    {
        var pairs = KnowledgeBaseDerivation.Names(["Amobarbital = 5-ethyl-5-isopentylbarbituric acid", "plain name"],
            ["# a comment", "", "Label\tfile name", "file plain"]);

        Assert.Equal(
            [("Amobarbital", "5-ethyl-5-isopentylbarbituric acid"), ("plain name", "plain name"), ("Label", "file name"), ("file plain", "file plain")],
            pairs);
    }

    [Fact]
    public void A_read_name_is_checked_against_the_knowledge_base_and_an_unread_one_says_why()
    {
        var loaded = RulesLoader.Load(CliRunner.RepoFile("rules"));
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Problems));
        var reader = new FixedNames(new Dictionary<string, string> { ["5-ethyl-5-isopentylbarbituric acid"] = "CCC1(CCC(C)C)C(=O)NC(=O)NC1=O" });

        var report = KnowledgeBaseDerivation.Derive(loaded.KnowledgeBase, reader, swgdrugPath: null,
            [("Amobarbital", "5-ethyl-5-isopentylbarbituric acid"), ("Unreadable", "no such chemical name")]);

        Assert.True(report.ReferenceCounts.Values.Sum() > 0);
        Assert.Equal(["Amobarbital", "Unreadable"], report.Results.Select(r => r.Label));
        var read = report.Results[0];
        Assert.NotNull(read.Smiles);
        Assert.Contains("un.1971-schedule-iii.amobarbital", read.ListedAs);
        var unread = report.Results[1];
        Assert.Null(unread.Smiles);
        Assert.False(string.IsNullOrEmpty(unread.Error));
    }

    private sealed class FixedNames(IReadOnlyDictionary<string, string> smiles) : INameToStructure
    {
        public bool IsAvailable => true;

        public bool IsInstalled => true;

        public string? ToSmiles(string name) => smiles.GetValueOrDefault(name);

        public IReadOnlyList<string?> ToSmiles(IReadOnlyList<string> names) => names.Select(ToSmiles).ToList();
    }
}
