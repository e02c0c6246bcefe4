using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Cordon.Screening;
using Cordon.Screening.Input;
using Cordon.Screening.Output;
using Spectre.Console;

namespace Cordon.Cli.Commands.Check;

/// <summary><c>cordon check</c>: is this chemical controlled, where, under which clause, and why.</summary>
internal static class CheckCommand
{
    private static readonly string[] Formats = ["table", "json", "jsonl", "csv"];

    public static Command Create()
    {
        var query = new Argument<string?>("query") { Arity = ArgumentArity.ZeroOrOne, Description = "A name, CAS RN, SMILES or molfile" };
        var file = new Option<string?>("--file") { Description = "Check every record of a file: text (one query per line), .smi, .sdf, .csv/.tsv" };
        var format = new Option<string?>("--format") { Description = "table | json | jsonl | csv (default: table for one query, jsonl for a file)" };
        format.AcceptOnlyFromAmong(Formats);
        var kind = new Option<string?>("--as") { Description = "Take the input as: smiles | cas | name | molfile (default: detect)" };
        kind.AcceptOnlyFromAmong("smiles", "cas", "name", "molfile");
        var column = new Option<string?>("--column") { Description = "CSV/TSV column holding the query (default: query, smiles, cas or name, else the first)" };
        var svg = new Option<string?>("--svg") { Description = "Write an SVG depiction of each hit, matched atoms highlighted, into this folder" };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit 1 when any record is controlled (or suspect or worse)" };
        failOn.AcceptOnlyFromAmong("controlled", "suspect");
        var jurisdiction = CommonOptions.Jurisdiction();
        var asOf = CommonOptions.AsOf();
        var listedOnly = new Option<bool>("--listed-only") { Description = "Match listed substances only: no class definitions, no analogue alerts" };
        var rules = CommonOptions.Rules();

        var command = new Command("check", "Check chemicals against the controlled-substance knowledge base")
        {
            query, file, format, kind, jurisdiction, asOf, listedOnly, column, svg, failOn, rules,
        };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(query);
            var path = parse.GetValue(file);
            if ((text is null) == (path is null))
            {
                Console.Error.WriteLine("cordon check: give either a QUERY or --file PATH");
                return ExitCodes.Usage;
            }

            var knowledgeBase = KnowledgeBaseLoader.Load(parse.GetValue(rules), Console.Error, out var code);
            if (knowledgeBase is null)
            {
                return code;
            }

            var options = new CheckOptions(CommonOptions.ParseJurisdictions(parse.GetValue(jurisdiction)), ParseKind(parse.GetValue(kind)),
                parse.GetValue(asOf), parse.GetValue(listedOnly));
            var checker = new ChemicalChecker(knowledgeBase, options);
            var run = new CheckRun(parse.GetValue(format) ?? (path is null ? "table" : "jsonl"), parse.GetValue(svg), parse.GetValue(failOn));
            return path is null ? run.One(checker, text!) : run.Batch(checker, path, parse.GetValue(column));
        });
        return command;
    }

    private static InputKind? ParseKind(string? text) => text switch
    {
        "smiles" => InputKind.Smiles,
        "cas" => InputKind.Cas,
        "name" => InputKind.Name,
        "molfile" => InputKind.Molfile,
        _ => null,
    };

    private sealed class CheckRun(string format, string? svgFolder, string? failOn)
    {
        private bool _failed;
        private int _svgCount;

        public int One(ChemicalChecker checker, string text)
        {
            var result = checker.Check(new QueryRecord(0, text, null, 1));
            Emit(result);
            if (format == "table")
            {
                ResultTable.WriteOne(AnsiConsole.Console, result);
            }
            else
            {
                using var stdout = Console.OpenStandardOutput();
                if (format == "csv")
                {
                    using var writer = new StreamWriter(stdout);
                    using var csv = new CsvResultWriter(writer);
                    csv.Write(result);
                }
                else
                {
                    using var json = new JsonResultWriter(stdout, indented: format == "json");
                    json.Write(result);
                }
            }

            return _failed ? ExitCodes.FailOn : ExitCodes.Ok;
        }

        public int Batch(ChemicalChecker checker, string path, string? column)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"cordon check: cannot read {path}: {e.Message}");
                return ExitCodes.Usage;
            }

            using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            using var textOut = new StreamWriter(stdout);
            using var json = format is "json" or "jsonl" ? new JsonResultWriter(stdout, indented: false) : null;
            using var csv = format == "csv" ? new CsvResultWriter(textOut) : null;
            var table = format == "table" ? ResultTable.StartBatch() : null;
            var batch = new BatchChecker(checker);
            var length = stream.Length;
            try
            {
                var records = QueryFileReader.Read(stream, path, column);
                if (Console.IsErrorRedirected || length < 64 * 1024)
                {
                    batch.Run(records, r => Write(r, json, csv, table));
                }
                else
                {
                    var progressConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                    progressConsole.Progress().Start(context =>
                    {
                        var task = context.AddTask(Path.GetFileName(path), maxValue: length);
                        batch.Run(records, r => Write(r, json, csv, table), _ => task.Value = stream.CanSeek ? stream.Position : length);
                        task.Value = length;
                    });
                }
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"cordon check: {e.Message}");
                return ExitCodes.Usage;
            }

            if (table is not null)
            {
                AnsiConsole.Write(table);
            }

            return _failed ? ExitCodes.FailOn : ExitCodes.Ok;
        }

        private void Write(CheckResult result, JsonResultWriter? json, CsvResultWriter? csv, Spectre.Console.Table? table)
        {
            Emit(result);
            json?.Write(result);
            csv?.Write(result);
            if (table is not null)
            {
                ResultTable.AddRow(table, result);
            }
        }

        // Side effects every format shares: --fail-on and --svg.
        private void Emit(CheckResult result)
        {
            if (failOn is not null && (result.Status == CheckStatus.Controlled || (failOn == "suspect" && result.Status == CheckStatus.Suspect)))
            {
                _failed = true;
            }

            if (svgFolder is null || Depiction.ForHit(result) is not { } svg)
            {
                return;
            }

            Directory.CreateDirectory(svgFolder);
            var label = result.Record?.Name ?? result.Findings[0].Substance;
            var safe = string.Concat(label.Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '_'));
            File.WriteAllText(Path.Combine(svgFolder, $"{++_svgCount:D4}-{safe}.svg"), svg);
        }
    }
}
