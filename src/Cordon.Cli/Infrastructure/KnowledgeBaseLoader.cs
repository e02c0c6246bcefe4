using Cordon.Regulation;
using Cordon.Regulation.Loading;

namespace Cordon.Cli.Infrastructure;

/// <summary>Loads the knowledge base for a command, or explains on stderr why it cannot.</summary>
internal static class KnowledgeBaseLoader
{
    public static KnowledgeBase? Load(string? rulesOption, TextWriter error, out int exitCode)
    {
        var path = RulesLocator.Find(rulesOption);
        if (path is null || !Directory.Exists(path))
        {
            error.WriteLine($"cordon: rules folder not found{(path is null ? "" : $" at {path}")}; pass --rules DIR or set CORDON_RULES");
            exitCode = ExitCodes.Usage;
            return null;
        }

        var result = RulesLoader.Load(path, checkExamples: false);
        if (result.HasErrors)
        {
            foreach (var problem in result.Problems.Where(p => p.IsError))
            {
                error.WriteLine(problem);
            }

            error.WriteLine("cordon: the knowledge base has errors; run 'cordon kb validate' for the full report");
            exitCode = ExitCodes.InvalidRules;
            return null;
        }

        exitCode = ExitCodes.Ok;
        return result.KnowledgeBase;
    }
}
