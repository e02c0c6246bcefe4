using System.CommandLine;
using System.Diagnostics;
using System.Formats.Tar;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cordon.Cli.Infrastructure;
using Cordon.Regulation;
using Cordon.Regulation.Loading;
using Spectre.Console;

namespace Cordon.Cli.Commands.Kb;

/// <summary><c>cordon kb diff OLD NEW</c>: lists, entries and definitions added, removed and changed between two rules
/// folders or two git revisions of this one, with their citations.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("old") { Description = "A rules folder, or a git revision (e.g. HEAD~3, a tag) of the rules folder in use" };
        var @new = new Argument<string>("new")
        {
            Description = "A rules folder or git revision (default: the rules folder in use, as it is on disk)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format") { Description = "table | json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var rules = CommonOptions.Rules();
        var command = new Command("diff", "What changed between two knowledge bases: added, removed and changed entries and definitions")
        {
            old, @new, format, rules,
        };
        command.SetAction(parse =>
        {
            var current = RulesLocator.Find(parse.GetValue(rules));
            if (current is null || !Directory.Exists(current))
            {
                Console.Error.WriteLine("cordon kb diff: rules folder not found; pass --rules DIR");
                return ExitCodes.Usage;
            }

            var temporary = new List<string>();
            try
            {
                var before = Load(parse.GetValue(old)!, current, temporary);
                var after = parse.GetValue(@new) is { } given ? Load(given, current, temporary) : Load(current, current, temporary);
                if (before is null || after is null)
                {
                    return ExitCodes.Usage;
                }

                var changes = KnowledgeBaseDiff.Compare(before, after);
                if (parse.GetValue(format) == "json")
                {
                    WriteJson(changes, before.Version, after.Version);
                }
                else
                {
                    WriteTable(changes, before.Version, after.Version);
                }

                return ExitCodes.Ok;
            }
            finally
            {
                foreach (var folder in temporary)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        });
        return command;
    }

    // A folder is loaded as it is; anything else is a git revision of the repository that holds the rules in use.
    private static KnowledgeBase? Load(string source, string current, List<string> temporary)
    {
        var folder = source;
        if (!Directory.Exists(source))
        {
            folder = Checkout(source, current, temporary);
            if (folder is null)
            {
                return null;
            }
        }

        if (!File.Exists(Path.Combine(folder, RulesLoader.ManifestFile)))
        {
            Console.Error.WriteLine($"cordon kb diff: {source}: no {RulesLoader.ManifestFile} there");
            return null;
        }

        var result = RulesLoader.Load(folder, checkExamples: false);
        var errors = result.Problems.Count(p => p.IsError);
        if (errors > 0)
        {
            // An entry with an error is not loaded and would show as removed or added: say so rather than hide it.
            Console.Error.WriteLine($"cordon kb diff: {source}: {errors} errors in the rules (entries with errors are left out; run kb validate)");
        }

        return result.KnowledgeBase;
    }

    private static string? Checkout(string revision, string current, List<string> temporary)
    {
        var top = Git(current, "rev-parse", "--show-toplevel")?.Trim();
        if (top is null)
        {
            Console.Error.WriteLine($"cordon kb diff: '{revision}' is neither a folder nor a git revision ({current} is not in a git repository)");
            return null;
        }

        var relative = Path.GetRelativePath(top, Path.GetFullPath(current)).Replace('\\', '/');
        var target = Path.Combine(Path.GetTempPath(), $"cordon-kb-{Guid.NewGuid():N}");
        Directory.CreateDirectory(target);
        temporary.Add(target);
        var archive = Path.Combine(target, "rules.tar");
        if (Git(top, "archive", "--format=tar", "-o", archive, revision, "--", relative) is null)
        {
            Console.Error.WriteLine($"cordon kb diff: '{revision}' is neither a folder nor a git revision holding {relative}/");
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

    private static void WriteTable(IReadOnlyList<RuleChange> changes, string before, string after)
    {
        AnsiConsole.MarkupLine(Markup.Escape($"{before} → {after}: {changes.Count(c => c.Kind == RuleChangeKind.Added)} added, " +
            $"{changes.Count(c => c.Kind == RuleChangeKind.Removed)} removed, {changes.Count(c => c.Kind == RuleChangeKind.Changed)} changed"));
        if (changes.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("Change").AddColumn("What").AddColumn("Id").AddColumn("Details").AddColumn("Citation");
        foreach (var change in changes)
        {
            table.AddRow(KindName(change.Kind), change.What, Markup.Escape($"{change.Id} ({change.Jurisdiction}: {change.Name})"),
                Markup.Escape(string.Join("\n", change.Fields)), Markup.Escape(change.Citation));
        }

        AnsiConsole.Write(table);
    }

    private static void WriteJson(IReadOnlyList<RuleChange> changes, string before, string after)
    {
        using var output = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("old_kb_version", before);
            json.WriteString("new_kb_version", after);
            json.WriteStartArray("changes");
            foreach (var change in changes)
            {
                json.WriteStartObject();
                json.WriteString("change", KindName(change.Kind));
                json.WriteString("what", change.What);
                json.WriteString("id", change.Id);
                json.WriteString("jurisdiction", change.Jurisdiction);
                json.WriteString("name", change.Name);
                json.WriteStartArray("fields");
                foreach (var field in change.Fields)
                {
                    json.WriteStringValue(field);
                }

                json.WriteEndArray();
                json.WriteString("citation", change.Citation);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static string KindName(RuleChangeKind kind) => kind switch
    {
        RuleChangeKind.Added => "added",
        RuleChangeKind.Removed => "removed",
        _ => "changed",
    };
}
