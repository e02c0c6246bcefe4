using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cordon.Application;
using Cordon.Application.Loading;
using Cordon.Application.Network;
using Cordon.Cli.Infrastructure;
using Cordon.Network.Graph;
using Cordon.Network.Queries;
using Cordon.Screening.Extraction;

namespace Cordon.Cli.Commands.Network;

/// <summary>What every <c>cordon network</c> command reads: declaration files (screened here) or the case store's screened
/// rows, the watch lists, the analysts' merges and splits; the trade filters; the output format.</summary>
internal sealed class NetworkInput
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly Option<string[]> _files = new("--file") { Description = "Declarations to build the network from (CSV/TSV, JSON Lines, .xlsx; repeatable). Default: the rows screened into the case store" };
    private readonly Option<string[]> _watchlist = PartyOptions.Watchlist();
    private readonly Option<string> _store = PartyOptions.Store();
    private readonly Option<string?> _rules = CommonOptions.Rules();
    private readonly Option<string> _format = new("--format") { Description = "table | json", DefaultValueFactory = _ => "table" };
    private readonly Option<DateOnly?> _from = new("--from") { Description = "Only trade with a row on or after this day (yyyy-mm-dd)" };
    private readonly Option<DateOnly?> _to = new("--to") { Description = "Only trade with a row on or before this day (yyyy-mm-dd)" };
    private readonly Option<string?> _chapter = new("--chapter") { Description = "Only trade with a row of this HS chapter (two digits)" };
    private readonly Option<bool> _flagged = new("--flagged-only") { Description = "Only trade with a row of controlled or suspect chemistry" };

    public NetworkInput(bool format = true)
    {
        _format.AcceptOnlyFromAmong("table", "json");
        _chapter.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } c && (c.Length != 2 || !c.All(char.IsAsciiDigit)))
            {
                r.AddError($"--chapter '{c}': an HS chapter is two digits, e.g. 29");
            }
        });
        HasFormat = format;
    }

    public bool HasFormat { get; }

    public bool AsJson(ParseResult parse) => HasFormat && parse.GetValue(_format) == "json";

    public string StorePath(ParseResult parse) => parse.GetValue(_store)!;

    /// <summary>Adds the options to a command.</summary>
    public Command With(Command command)
    {
        foreach (var option in new Option[] { _files, _watchlist, _store, _rules, _from, _to, _chapter, _flagged })
        {
            command.Options.Add(option);
        }

        if (HasFormat)
        {
            command.Options.Add(_format);
        }

        return command;
    }

    public TradeFilter Filter(ParseResult parse) => new()
    {
        From = parse.GetValue(_from), To = parse.GetValue(_to), Chapter = parse.GetValue(_chapter), FlaggedOnly = parse.GetValue(_flagged),
    };

    /// <summary>The network, or null with the reason on stderr and the exit code.</summary>
    public SupplyNetwork? Build(ParseResult parse, string command, out int exitCode)
    {
        exitCode = ExitCodes.Ok;
        var files = parse.GetValue(_files) ?? [];
        var storePath = parse.GetValue(_store)!;
        var missing = files.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            Console.Error.WriteLine($"cordon network {command}: cannot read {missing}: no such file");
            exitCode = ExitCodes.Usage;
            return null;
        }

        WatchListLoad lists;
        try
        {
            lists = WatchListLoader.LoadAll(parse.GetValue(_watchlist) ?? [], storePath, Console.Error, required: false);
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine($"cordon network {command}: {e.Message}");
            exitCode = ExitCodes.Usage;
            return null;
        }

        if (lists.Screener is null)
        {
            Console.Error.WriteLine($"cordon network {command}: no watch list given or imported: no designees in the network");
        }

        var store = CaseStoreOpener.Open(storePath, create: false);
        var decisions = store is null ? [] : store.ListNetworkDecisionsAsync(ClearanceService.LocalTeam).GetAwaiter().GetResult().Select(NetworkService.ToDecision).ToList();
        var knowledgeBase = KnowledgeBaseLoader.Load(parse.GetValue(_rules), Console.Error, out var code);
        if (knowledgeBase is null)
        {
            exitCode = code;
            return null;
        }

        using var opsin = new OpsinClient();
        var service = new NetworkService(new ScreeningService(new ChemicalService(knowledgeBase, opsin), lists.Screener));
        try
        {
            if (files.Length > 0)
            {
                return service.FromFiles(files, new ScreenRequest(files[0]), lists, decisions);
            }

            if (store is null)
            {
                Console.Error.WriteLine($"cordon network {command}: give --file DECLARATIONS, or screen into a case store first (no store at {CaseStoreOpener.Describe(storePath)})");
                exitCode = ExitCodes.Usage;
                return null;
            }

            var partyLists = new PartyService(lists, "cli", parse.GetValue(_watchlist) ?? []);
            return service.FromStoreAsync(store, ClearanceService.LocalTeam, partyLists).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is UseCaseException or InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"cordon network {command}: {e.Message}");
            exitCode = ExitCodes.Usage;
            return null;
        }
    }

    /// <summary>A whole-number option from <paramref name="min"/> to <paramref name="max"/>; a value outside is a usage error, not clamped.</summary>
    public static Option<int> Bounded(string name, string description, int fallback, int min, int max)
    {
        var option = new Option<int>(name) { Description = $"{description} ({min} to {max})", DefaultValueFactory = _ => fallback };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is var v && (v < min || v > max))
            {
                r.AddError($"{name} must be {min} to {max}, not {v}");
            }
        });
        return option;
    }

    /// <summary>Builds the network and answers with it; the exit code of a failed build otherwise.</summary>
    public int Answer(ParseResult parse, string command, Func<SupplyNetwork, int> answer) =>
        Build(parse, command, out var code) is { } network ? answer(network) : code;

    /// <summary>Builds the network, finds the node <paramref name="reference"/> names and answers with both; a usage error when
    /// no node is named so.</summary>
    public int Answer(ParseResult parse, string command, string reference, Func<SupplyNetwork, NetworkNode, int> answer) =>
        Answer(parse, command, network => Party(network, reference, command) is { } node ? answer(network, node) : ExitCodes.Usage);

    /// <summary>The node a party argument names, or null with the reason on stderr.</summary>
    public static NetworkNode? Party(SupplyNetwork network, string reference, string command)
    {
        if (network.Find(reference) is { } node)
        {
            return node;
        }

        Console.Error.WriteLine($"cordon network {command}: no party or designee '{reference}' in the network ({network.Rows:N0} rows); " +
                                "'cordon network parties' lists them");
        return null;
    }

    public static void WriteJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Json));
}
