using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Cordon.Application;
using Cordon.Application.Evaluation;
using Cordon.Cli.Infrastructure;
using Cordon.Screening.Evaluation;
using Cordon.Screening.Extraction;
using Spectre.Console;

namespace Cordon.Cli.Commands.Eval;

/// <summary><c>cordon eval</c>: runs labelled sets through check and screen and prints precision, recall and misses by kind.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var sets = new Argument<string[]>("sets") { Arity = ArgumentArity.ZeroOrMore, Description = "Set files or folders (default: eval/ beside rules/)" };
        var format = new Option<string>("--format") { Description = "table | json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var misses = new Option<bool>("--misses") { Description = "List every missed row (table format)" };
        var dictionary = CommonOptions.Dictionary();
        var rules = CommonOptions.Rules();
        var watchlist = PartyOptions.Watchlist();
        watchlist.Description = "The watch list party sets (NAME.match.csv) are scored against; repeatable. Default: the OFAC SDN 2021 snapshot they are labelled on (../shared/data/ofac-sdn-2021)";
        var command = new Command("eval", "Score labelled evaluation sets: precision and recall of 'controlled' (check, screen sets) and of each party tier (match sets), misses by kind")
        {
            sets, format, misses, dictionary, rules, watchlist,
        };
        command.SetAction(parse =>
        {
            var knowledgeBase = KnowledgeBaseLoader.Load(parse.GetValue(rules), parse.GetValue(dictionary), Console.Error, out var code);
            if (knowledgeBase is null)
            {
                return code;
            }

            var paths = parse.GetValue(sets) is { Length: > 0 } given ? given : [EvaluationService.DefaultSetsFolder(parse.GetValue(rules))];
            using var opsin = new OpsinClient();
            EvaluationRun run;
            try
            {
                run = new EvaluationService(knowledgeBase, opsin).Run(paths, parse.GetValue(watchlist) ?? [], parse.GetValue(rules),
                    problem => Console.Error.WriteLine($"{problem} (skipped)"));
            }
            catch (UseCaseException e)
            {
                Console.Error.WriteLine($"cordon eval: {e.Message}");
                return ExitCodes.Usage;
            }

            var reports = run.Reports.ToList();
            var partyReports = run.PartyReports.ToList();
            if (parse.GetValue(format) == "json")
            {
                WriteJson(reports, partyReports, knowledgeBase.Version);
            }
            else
            {
                if (reports.Count > 0 || partyReports.Count == 0)
                {
                    WriteTable(reports, knowledgeBase.Version, parse.GetValue(misses));
                }

                WritePartyTable(partyReports, parse.GetValue(misses));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WritePartyTable(List<PartyEvalReport> reports, bool listMisses)
    {
        if (reports.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("party set", "rows", "correct", "tier", "expected", "given", "both", "precision", "recall", "misses by kind");
        foreach (var report in reports)
        {
            foreach (var figures in report.Figures)
            {
                var first = figures.Tier == PartyEvalReport.Tiers[0];
                table.AddRow(first ? Markup.Escape(report.Set.Name) : "", first ? report.Rows.Count.ToString(CultureInfo.InvariantCulture) : "",
                    first ? report.Correct.ToString(CultureInfo.InvariantCulture) : "", figures.Tier, figures.Expected.ToString(CultureInfo.InvariantCulture),
                    figures.Given.ToString(CultureInfo.InvariantCulture), figures.Both.ToString(CultureInfo.InvariantCulture), Percent(figures.Precision), Percent(figures.Recall),
                    first ? Markup.Escape(string.Join("\n", report.Misses.Select(m => $"{m.Value} {m.Key}"))) : "");
            }
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"party model {reports[0].Algorithm}");
        if (!listMisses)
        {
            return;
        }

        foreach (var (set, row) in reports.SelectMany(r => r.Rows.Where(x => !x.Correct).Select(x => (r.Set, x))))
        {
            AnsiConsole.WriteLine($"{set.Path}:{row.Case.Line}: {row.Case.Expected} called {row.Actual}: {row.Case.Query.Name} ({row.Case.Note}) — {row.Message}");
        }
    }

    private static string Percent(double? value) => value is null ? "-" : (value.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static void WriteTable(List<EvalSetReport> reports, string version, bool listMisses)
    {
        var table = new Table().AddColumns("set", "mode", "rows", "correct", "TP", "FP", "FN", "precision", "recall", "misses by kind");
        foreach (var report in reports)
        {
            table.AddRow(Markup.Escape(report.Set.Name), report.Set.Mode.ToString().ToLowerInvariant(), report.Rows.Count.ToString(CultureInfo.InvariantCulture),
                report.Correct.ToString(CultureInfo.InvariantCulture), report.TruePositives.ToString(CultureInfo.InvariantCulture),
                report.FalsePositives.ToString(CultureInfo.InvariantCulture), report.FalseNegatives.ToString(CultureInfo.InvariantCulture),
                Percent(report.Precision), Percent(report.Recall),
                Markup.Escape(string.Join("\n", report.Misses.Select(m => $"{m.Value} {m.Key}"))));
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"knowledge base {version}");
        if (!listMisses)
        {
            return;
        }

        foreach (var row in reports.SelectMany(r => r.Rows.Where(x => !x.Correct).Select(x => (r.Set, Row: x))))
        {
            AnsiConsole.WriteLine($"{row.Set.Path}:{row.Row.Case.Line}: {row.Row.Miss}: {row.Row.Case.Input.ReplaceLineEndings(" ")} ({row.Row.Case.Note}) — {row.Row.Message}");
        }
    }

    private static void WriteJson(List<EvalSetReport> reports, List<PartyEvalReport> partyReports, string version)
    {
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("kb_version", version);
        json.WriteStartArray("sets");
        foreach (var report in reports)
        {
            json.WriteStartObject();
            json.WriteString("set", report.Set.Name);
            json.WriteString("path", report.Set.Path);
            json.WriteString("mode", report.Set.Mode.ToString().ToLowerInvariant());
            json.WriteNumber("rows", report.Rows.Count);
            json.WriteNumber("correct", report.Correct);
            json.WriteNumber("true_positives", report.TruePositives);
            json.WriteNumber("false_positives", report.FalsePositives);
            json.WriteNumber("false_negatives", report.FalseNegatives);
            WriteNullable(json, "precision", report.Precision);
            WriteNullable(json, "recall", report.Recall);
            json.WriteStartObject("misses");
            foreach (var (kind, count) in report.Misses)
            {
                json.WriteNumber(kind, count);
            }

            json.WriteEndObject();
            json.WriteStartArray("missed_rows");
            foreach (var row in report.Rows.Where(r => !r.Correct))
            {
                json.WriteStartObject();
                json.WriteNumber("line", row.Case.Line);
                json.WriteString("input", row.Case.Input);
                json.WriteString("expected", row.Case.Expected);
                json.WriteString("actual", row.Actual);
                json.WriteString("miss", row.Miss);
                json.WriteString("note", row.Case.Note);
                json.WriteString("message", row.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("party_sets");
        foreach (var report in partyReports)
        {
            json.WriteStartObject();
            json.WriteString("set", report.Set.Name);
            json.WriteString("path", report.Set.Path);
            json.WriteString("algorithm", report.Algorithm);
            json.WriteNumber("rows", report.Rows.Count);
            json.WriteNumber("correct", report.Correct);
            json.WriteStartObject("tiers");
            foreach (var figures in report.Figures)
            {
                json.WriteStartObject(figures.Tier);
                json.WriteNumber("expected", figures.Expected);
                json.WriteNumber("given", figures.Given);
                json.WriteNumber("both", figures.Both);
                WriteNullable(json, "precision", figures.Precision);
                WriteNullable(json, "recall", figures.Recall);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("missed_rows");
            foreach (var row in report.Rows.Where(r => !r.Correct))
            {
                json.WriteStartObject();
                json.WriteNumber("line", row.Case.Line);
                json.WriteString("name", row.Case.Query.Name);
                json.WriteString("expected", row.Case.Expected);
                json.WriteString("actual", row.Actual);
                json.WriteString("note", row.Case.Note);
                json.WriteString("message", row.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, Math.Round(value.Value, 4));
        }
    }
}
