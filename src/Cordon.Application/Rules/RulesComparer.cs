using System.Diagnostics;
using System.Formats.Tar;
using Cordon.Regulation;
using Cordon.Regulation.Loading;

namespace Cordon.Application.Rules;

/// <summary>The kb diff use case: two rules folders, or git revisions of the rules folder in use, loaded and compared.</summary>
public static class RulesComparer
{
    /// <summary>Compares <paramref name="old"/> with <paramref name="new"/> (default: the rules folder in use, as it is on disk).
    /// Each is a folder or a git revision of the repository holding the rules in use. A side loaded with errors is reported to
    /// <paramref name="onProblem"/>; null, with the reason told to it, when a side cannot be found (both sides are tried, so
    /// each reason is told).</summary>
    public static KnowledgeBaseComparison? Compare(string old, string? @new, string? rulesOption, Action<string> onProblem)
    {
        var current = RulesFolder.Find(rulesOption);
        if (current is null || !Directory.Exists(current))
        {
            onProblem("rules folder not found; pass --rules DIR");
            return null;
        }

        var temporary = new List<string>();
        try
        {
            var before = Load(old, current, temporary, onProblem);
            var after = Load(@new ?? current, current, temporary, onProblem);
            return before is null || after is null ? null : new KnowledgeBaseComparison(before.Version, after.Version, KnowledgeBaseDiff.Compare(before, after));
        }
        finally
        {
            foreach (var folder in temporary)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // A folder is loaded as it is; anything else is a git revision of the repository that holds the rules in use.
    private static KnowledgeBase? Load(string source, string current, List<string> temporary, Action<string> onProblem)
    {
        var folder = Directory.Exists(source) ? source : Checkout(source, current, temporary, onProblem);
        if (folder is null)
        {
            return null;
        }

        if (!File.Exists(Path.Combine(folder, RulesLoader.ManifestFile)))
        {
            onProblem($"{source}: no {RulesLoader.ManifestFile} there");
            return null;
        }

        var result = RulesLoader.Load(folder, checkExamples: false);
        var errors = result.Problems.Count(p => p.IsError);
        if (errors > 0)
        {
            // An entry with an error is not loaded and would show as removed or added: say so rather than hide it.
            onProblem($"{source}: {errors} errors in the rules (entries with errors are left out; run kb validate)");
        }

        return result.KnowledgeBase;
    }

    private static string? Checkout(string revision, string current, List<string> temporary, Action<string> onProblem)
    {
        var top = Git(current, "rev-parse", "--show-toplevel")?.Trim();
        if (top is null)
        {
            onProblem($"'{revision}' is neither a folder nor a git revision ({current} is not in a git repository)");
            return null;
        }

        var relative = Path.GetRelativePath(top, Path.GetFullPath(current)).Replace('\\', '/');
        var target = Path.Combine(Path.GetTempPath(), $"cordon-kb-{Guid.NewGuid():N}");
        Directory.CreateDirectory(target);
        temporary.Add(target);
        var archive = Path.Combine(target, "rules.tar");
        if (Git(top, "archive", "--format=tar", "-o", archive, revision, "--", relative) is null)
        {
            onProblem($"'{revision}' is neither a folder nor a git revision holding {relative}/");
            return null;
        }

        TarFile.ExtractToDirectory(archive, target, overwriteFiles: false);
        return Path.Combine(target, relative);
    }

    private static string? Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
