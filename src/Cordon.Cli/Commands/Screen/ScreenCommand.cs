using System.CommandLine;
using Cordon.Application;
using Cordon.Cli.Infrastructure;
using Cordon.Screening.Extraction;

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
        var encoding = new Option<string?>("--encoding") { Description = "Text encoding of a CSV/TSV/JSONL file (default: detected from all its bytes): utf-8, utf-16, utf-16le, utf-16be, latin1, windows-1252, gb18030" };
        var map = new Option<string[]>("--map") { Description = "COLUMN=FIELD, to say which column holds a field (repeatable)", AllowMultipleArgumentsPerToken = false };
        var asOf = CommonOptions.AsOf();
        var jurisdiction = CommonOptions.Jurisdiction();
        var rules = CommonOptions.Rules();
        var dictionary = CommonOptions.Dictionary();
        var watchlist = PartyOptions.Watchlist();
        var store = PartyOptions.Store();
        var command = new Command("screen", "Screen customs declarations for controlled chemistry and designated parties, with evidence and a risk score")
        {
            file, format, output, encoding, map, asOf, jurisdiction, watchlist, store, dictionary, rules,
        };
        command.SetAction(parse =>
        {
            var knowledgeBase = KnowledgeBaseLoader.Load(parse.GetValue(rules), parse.GetValue(dictionary), Console.Error, out var code);
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

            if (!CommonOptions.TryParseJurisdictions(parse.GetValue(jurisdiction), knowledgeBase, "screen", out _))
            {
                return ExitCodes.Usage;
            }

            // The use case checks how the file is to be read (encoding, --map) and wires the screener, as the server does.
            var request = new ScreenRequest(path, parse.GetValue(jurisdiction), parse.GetValue(asOf), parse.GetValue(map) ?? [], parse.GetValue(encoding));
            try
            {
                ScreeningService.CheckOptions(request);
            }
            catch (UseCaseException e)
            {
                Console.Error.WriteLine($"cordon screen: {(e.Option is null ? e.Message : $"--{e.Option} {e.Detail}")}");
                return ExitCodes.Usage;
            }

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
            var screening = new ScreeningService(new ChemicalService(knowledgeBase, opsin), parties);
            var run = new ScreenRun(parse.GetValue(format)!, parse.GetValue(output), knowledgeBase.Version);
            try
            {
                return run.Execute(request, screening.Screener(request), opsin.IsAvailable);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"cordon screen: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
