using Cordon.Regulation;
using Cordon.Regulation.Loading;

namespace Cordon.Screening.Tests;

/// <summary>The real knowledge base from rules/, loaded once for all tests.</summary>
internal static class Fixture
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
    {
        var result = RulesLoader.Load(FindRules());
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        return result.KnowledgeBase;
    });

    public static KnowledgeBase KnowledgeBase => Loaded.Value;

    public static ChemicalChecker Checker(CheckOptions? options = null) => new(KnowledgeBase, options ?? new CheckOptions());

    public static CheckResult Check(string query, CheckOptions? options = null) =>
        Checker(options).Check(new QueryRecord(0, query, null, 1));

    public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    /// <summary>A file or folder of the repository (beside rules/).</summary>
    public static string RepoPath(string relative) => Path.Combine(Path.GetDirectoryName(FindRules())!, relative);

    private static string FindRules()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "rules", "kb.yaml")))
            {
                return Path.Combine(dir.FullName, "rules");
            }
        }

        throw new DirectoryNotFoundException("rules/kb.yaml");
    }
}
