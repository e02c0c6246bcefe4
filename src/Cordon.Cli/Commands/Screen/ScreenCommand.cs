using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Cordon.Screening;
using Cordon.Screening.Declarations;
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

            if (!CommonOptions.TryParseJurisdictions(parse.GetValue(jurisdiction), knowledgeBase, "screen", out var jurisdictions))
            {
                return ExitCodes.Usage;
            }

            try
            {
                _ = parse.GetValue(encoding) is { } named ? TextEncodingDetector.Named(named) : null;
                foreach (var entry in parse.GetValue(map) ?? [])
                {
                    if (entry.Split('=', 2) is not [{ Length: > 0 }, { Length: > 0 } field] || !ColumnMap.IsField(field))
                    {
                        throw new ArgumentException($"--map '{entry}': expected COLUMN=FIELD with FIELD one of {string.Join(", ", ColumnMap.FieldNames)}");
                    }
                }
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"cordon screen: {e.Message}");
                return ExitCodes.Usage;
            }

            using var opsin = new OpsinClient();
            var checker = new ChemicalChecker(knowledgeBase, new CheckOptions(jurisdictions, AsOf: parse.GetValue(asOf)), opsin);
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
}
