using System.Security.Cryptography;
using Cordon.Regulation;
using Cordon.Regulation.Dictionaries;
using Cordon.Regulation.Loading;

namespace Cordon.Cli.Infrastructure;

/// <summary>Loads the knowledge base for a command, or explains on stderr why it cannot.</summary>
internal static class KnowledgeBaseLoader
{
    /// <summary>Loads the knowledge base plus, when <paramref name="dictionaryOption"/> is given, the user's dictionary. A
    /// dictionary with any bad row is refused as a whole (every bad row reported with file and line): a catalogue half
    /// applied would give answers that look complete and are not.</summary>
    public static KnowledgeBase? Load(string? rulesOption, string? dictionaryOption, TextWriter error, out int exitCode)
    {
        var knowledgeBase = Load(rulesOption, error, out exitCode);
        if (knowledgeBase is null || dictionaryOption is null)
        {
            return knowledgeBase;
        }

        var read = DictionaryFileReader.ReadUserCsv(dictionaryOption);
        if (read.HasErrors)
        {
            foreach (var problem in read.Problems)
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"cordon: --dictionary {dictionaryOption}: {read.Problems.Count(p => p.IsError)} bad row(s); nothing was checked");
            exitCode = ExitCodes.Usage;
            return null;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(dictionaryOption)))[..8];
        var merged = knowledgeBase.WithUserDictionary(read.Entries, hash, out var ignored);
        foreach (var note in ignored)
        {
            error.WriteLine(note);
        }

        return merged;
    }

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
