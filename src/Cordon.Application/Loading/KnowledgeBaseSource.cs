using System.Security.Cryptography;
using Cordon.Regulation.Dictionaries;
using Cordon.Regulation.Loading;

namespace Cordon.Application.Loading;

/// <summary>Where the knowledge base comes from, for every host: the rules folder (<see cref="RulesFolder"/>) and, when
/// given, the user's dictionary.</summary>
public static class KnowledgeBaseSource
{
    /// <summary>Loads the knowledge base plus, when <paramref name="dictionaryPath"/> is given, the user's dictionary. A
    /// dictionary with any bad row is refused as a whole (every bad row reported with file and line): a catalogue half
    /// applied would give answers that look complete and are not.</summary>
    public static KnowledgeBaseLoad Load(string? rulesOption, string? dictionaryPath = null)
    {
        var path = RulesFolder.Find(rulesOption);
        if (path is null || !Directory.Exists(path))
        {
            return new KnowledgeBaseLoad(null, KnowledgeBaseFailure.RulesNotFound, path, [],
                $"rules folder not found{(path is null ? "" : $" at {path}")}");
        }

        var result = RulesLoader.Load(path, checkExamples: false);
        if (result.HasErrors)
        {
            return new KnowledgeBaseLoad(null, KnowledgeBaseFailure.InvalidRules, path,
                result.Problems.Where(p => p.IsError).Select(p => p.ToString()).ToList(),
                "the knowledge base has errors; run 'cordon kb validate' for the full report");
        }

        if (dictionaryPath is null)
        {
            return new KnowledgeBaseLoad(result.KnowledgeBase, KnowledgeBaseFailure.None, path, [], null);
        }

        var read = DictionaryFileReader.ReadUserCsv(dictionaryPath);
        if (read.HasErrors)
        {
            return new KnowledgeBaseLoad(null, KnowledgeBaseFailure.InvalidDictionary, path, read.Problems.Select(p => p.ToString()).ToList(),
                $"--dictionary {dictionaryPath}: {read.Problems.Count(p => p.IsError)} bad row(s); nothing was checked");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(dictionaryPath)))[..8];
        var merged = result.KnowledgeBase.WithUserDictionary(read.Entries, hash, out var ignored);
        return new KnowledgeBaseLoad(merged, KnowledgeBaseFailure.None, path, ignored.Select(n => n.ToString()).ToList(), null);
    }
}
