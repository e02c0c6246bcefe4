using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cordon.Application.Rules;
using Cordon.Cli.Infrastructure;
using Cordon.Regulation;
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
            var comparison = RulesComparer.Compare(parse.GetValue(old)!, parse.GetValue(@new), parse.GetValue(rules),
                problem => Console.Error.WriteLine($"cordon kb diff: {problem}"));
            if (comparison is null)
            {
                return ExitCodes.Usage;
            }

            if (parse.GetValue(format) == "json")
            {
                WriteJson(comparison.Changes, comparison.OldVersion, comparison.NewVersion);
            }
            else
            {
                WriteTable(comparison.Changes, comparison.OldVersion, comparison.NewVersion);
            }

            return ExitCodes.Ok;
        });
        return command;
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
