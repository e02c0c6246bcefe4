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
        var network = new Option<bool>("--network")
        {
            Description = "Also weigh each shipper's and consignee's place in the supplier network of this file and the watch lists " +
                          "(a designee one or two links away, a shared contact detail): the file is read twice",
        };
        var command = new Command("screen", "Screen customs declarations for controlled chemistry and designated parties, with evidence and a risk score")
        {
            file, format, output, encoding, map, asOf, jurisdiction, watchlist, store, network, dictionary, rules,
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

            Cordon.Application.Loading.WatchListLoad lists;
            try
            {
                lists = WatchListLoader.LoadAll(parse.GetValue(watchlist) ?? [], parse.GetValue(store)!, Console.Error, required: false);
            }
            catch (FileNotFoundException e)
            {
                Console.Error.WriteLine($"cordon screen: {e.Message}");
                return ExitCodes.Usage;
            }

            var parties = lists.Screener;
            if (parties is null)
            {
                Console.Error.WriteLine("cordon screen: no watch list given or imported: parties were not screened");
            }

            using var opsin = new OpsinClient();
            var screening = new ScreeningService(new ChemicalService(knowledgeBase, opsin), parties);
            var run = new ScreenRun(parse.GetValue(format)!, parse.GetValue(output), knowledgeBase.Version);
            try
            {
                Cordon.Network.Risk.NetworkRisk? networkRisk = null;
                if (parse.GetValue(network))
                {
                    var decisions = CaseStoreOpener.Open(parse.GetValue(store)!, create: false) is { } cases
                        ? cases.ListNetworkDecisionsAsync(ClearanceService.LocalTeam).GetAwaiter().GetResult().Select(Cordon.Application.Network.NetworkService.ToDecision).ToList()
                        : [];
                    networkRisk = new Cordon.Network.Risk.NetworkRisk(new Cordon.Application.Network.NetworkService(screening).FromFiles([path], request, lists, decisions));
                }

                return run.Execute(request, screening.Screener(request, parties, networkRisk), opsin.IsAvailable);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or UnauthorizedAccessException or UseCaseException)
            {
                Console.Error.WriteLine($"cordon screen: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
