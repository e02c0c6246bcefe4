using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Cordon.Screening;
using Cordon.Screening.Declarations;
using Cordon.Screening.Extraction;
using Cordon.Screening.Output;
using Spectre.Console;

namespace Cordon.Cli.Commands.Screen;

/// <summary><c>cordon screen FILE</c>: find controlled chemistry in customs declarations and rank them by risk.</summary>
internal static class ScreenCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Declarations: CSV/TSV (any delimiter), JSON Lines (.jsonl) or Excel (.xlsx)" };
        var format = new Option<string>("--format") { Description = "table | jsonl | csv | html", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv", "html");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var encoding = new Option<string?>("--encoding") { Description = "Text encoding (default: detected; utf-8, latin1, windows-1252, gb18030)" };
        var map = new Option<string[]>("--map") { Description = "COLUMN=FIELD, to say which column holds a field (repeatable)", AllowMultipleArgumentsPerToken = false };
        var asOf = CommonOptions.AsOf();
        var jurisdiction = CommonOptions.Jurisdiction();
        var rules = CommonOptions.Rules();
        var watchlist = PartyOptions.Watchlist();
        var store = PartyOptions.Store();
        var command = new Command("screen", "Screen customs declarations for controlled chemistry and designated parties, with evidence and a risk score")
        {
            file, format, output, encoding, map, asOf, jurisdiction, watchlist, store, rules,
        };
        command.SetAction(parse =>
        {
            var knowledgeBase = KnowledgeBaseLoader.Load(parse.GetValue(rules), Console.Error, out var code);
            if (knowledgeBase is null)
            {
                return code;
            }

            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"cordon screen: cannot read {path}: no such file");
                return ExitCodes.Usage;
            }

            var checker = new ChemicalChecker(knowledgeBase,
                new CheckOptions(CommonOptions.ParseJurisdictions(parse.GetValue(jurisdiction)), AsOf: parse.GetValue(asOf)));
            Cordon.Parties.Matching.PartyScreener? parties;
            try
            {
                parties = WatchListLoader.Load(parse.GetValue(watchlist) ?? [], parse.GetValue(store)!, Console.Error, required: false);
            }
            catch (FileNotFoundException e)
            {
                Console.Error.WriteLine($"cordon screen: {e.Message}");
                return ExitCodes.Usage;
            }

            if (parties is null)
            {
                Console.Error.WriteLine("cordon screen: no watch list given or imported: parties were not screened");
            }

            using var opsin = new OpsinClient();
            var extractor = new ChemicalExtractor(knowledgeBase, opsin);
            var run = new ScreenRun(parse.GetValue(format)!, parse.GetValue(output), knowledgeBase.Version);
            try
            {
                return run.Execute(path, parse.GetValue(encoding), parse.GetValue(map) ?? [], new DeclarationScreener(checker, extractor, parties),
                    opsin.IsAvailable);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"cordon screen: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private sealed class ScreenRun(string format, string? outputPath, string kbVersion)
    {
        public int Execute(string path, string? encoding, IReadOnlyList<string> overrides, DeclarationScreener screener, bool opsin)
        {
            HtmlReportWriter? html = null;
            var title = $"Cordon screen: {Path.GetFileName(path)}";
            TextWriter? htmlOut = null;
            var records = DeclarationReader.Read(path, encoding, overrides, map =>
            {
                if (htmlOut is not null)
                {
                    // The description column is known only now: the report highlights evidence in it.
                    html = new HtmlReportWriter(htmlOut, title, kbVersion, map.HeaderOf(DeclarationField.Description));
                }

                if (!map.Columns.ContainsKey(DeclarationField.Description))
                {
                    Console.Error.WriteLine($"cordon screen: no description column found in {Path.GetFileName(path)} (headers: {string.Join(", ", map.Headers)}); use --map COLUMN=description");
                }
            });

            using var stream = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath);
            using var buffered = new BufferedStream(stream, 1 << 16);
            using var text = new StreamWriter(buffered);
            using var json = format == "jsonl" ? new DeclarationJsonWriter(buffered) : null;
            using var csv = format == "csv" ? new DeclarationCsvWriter(text) : null;
            htmlOut = format == "html" ? text : null;
            var table = format == "table" ? new Table().Border(TableBorder.Rounded).AddColumn("Row").AddColumn("Id").AddColumn("Status")
                .AddColumn("Risk").AddColumn("Score").AddColumn("Evidence") : null;
            var counts = new Dictionary<DeclarationStatus, int>();
            void Write(DeclarationResult result)
            {
                counts[result.Status] = counts.GetValueOrDefault(result.Status) + 1;
                json?.Write(result);
                csv?.Write(result);
                html?.Write(result);
                table?.AddRow(result.Record.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(result.Record[DeclarationField.Id] ?? ""),
                    result.Status.ToString().ToLowerInvariant(), result.Risk.ToString().ToLowerInvariant(), result.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(result.Record.Error ?? string.Join("\n", result.Evidence.Where(e => e.Weight > 0).Select(e => e.Explanation))));
            }

            var length = new FileInfo(path).Length;
            if (Console.IsErrorRedirected || length < 256 * 1024)
            {
                OrderedParallel.Run(records, screener.Screen, Write, chunkSize: 1024);
            }
            else
            {
                var progress = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                progress.Progress().Start(context =>
                {
                    var task = context.AddTask(Path.GetFileName(path), maxValue: 1);
                    task.IsIndeterminate = true;
                    OrderedParallel.Run(records, screener.Screen, Write, n => task.Description = $"{Path.GetFileName(path)}: {n:N0} rows", 1024);
                    task.IsIndeterminate = false;
                    task.Value = 1;
                });
            }

            if (htmlOut is not null)
            {
                (html ?? new HtmlReportWriter(htmlOut, title, kbVersion)).Dispose();
            }
            if (table is not null)
            {
                text.Flush();
                AnsiConsole.Write(table);
            }

            if (!opsin)
            {
                Console.Error.WriteLine("cordon screen: OPSIN (Debian libopsin-java) is not installed; systematic names were reported as unparsed");
            }

            Console.Error.WriteLine("cordon screen: " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value} {c.Key.ToString().ToLowerInvariant()}")));
            return ExitCodes.Ok;
        }
    }
}
