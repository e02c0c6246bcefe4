using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Cordon.Parties.Matching;
using Cordon.Screening.Output;
using Spectre.Console;

namespace Cordon.Cli.Commands.Party;

/// <summary><c>cordon party NAME</c> or <c>--file PATH</c>: match trade parties against watch lists.</summary>
internal static class PartyCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Arity = ArgumentArity.ZeroOrOne, Description = "A party name (company or person)" };
        var file = new Option<string?>("--file") { Description = "One party name per line; results in order" };
        var country = new Option<string?>("--country") { Description = "The party's country (code or name): agreement raises the score, disagreement lowers it" };
        var address = new Option<string?>("--address") { Description = "The party's address: a shared city or street word adds a little" };
        var identifier = new Option<string?>("--identifier") { Description = "A registration, tax or passport number: found in an entry's remarks, it adds 0.10" };
        var format = new Option<string?>("--format") { Description = "table | json | jsonl (default: table for one name, jsonl for a file)" };
        format.AcceptOnlyFromAmong("table", "json", "jsonl");
        var watchlist = PartyOptions.Watchlist();
        var store = PartyOptions.Store();
        var command = new Command("party", "Match trade parties against watch lists (OFAC SDN, in-house lists)")
        {
            name, file, country, address, identifier, format, watchlist, store, ClearCommand.Create(),
        };
        command.SetAction(parse =>
        {
            var single = parse.GetValue(name);
            var path = parse.GetValue(file);
            if ((single is null) == (path is null))
            {
                Console.Error.WriteLine("cordon party: give either a NAME or --file PATH");
                return ExitCodes.Usage;
            }

            PartyScreener? screener;
            try
            {
                screener = WatchListLoader.Load(parse.GetValue(watchlist) ?? [], parse.GetValue(store)!, Console.Error, required: true);
            }
            catch (FileNotFoundException e)
            {
                Console.Error.WriteLine($"cordon party: {e.Message}");
                return ExitCodes.Usage;
            }

            if (screener is null)
            {
                return ExitCodes.Usage;
            }

            var chosen = parse.GetValue(format) ?? (path is null ? "table" : "jsonl");
            var countryValue = parse.GetValue(country);
            if (path is not null && !File.Exists(path))
            {
                Console.Error.WriteLine($"cordon party: cannot read {path}: no such file");
                return ExitCodes.Usage;
            }

            var queries = path is null ? [single!] : File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => l.Trim());
            using var stdout = new BufferedStream(Console.OpenStandardOutput());
            using var json = chosen == "table" ? null : new PartyJsonWriter(stdout, indented: chosen == "json");
            foreach (var query in queries)
            {
                var matches = screener.Screen(query, countryValue, parse.GetValue(address), parse.GetValue(identifier));
                if (json is not null)
                {
                    json.Write(query, countryValue, matches);
                }
                else
                {
                    WriteTable(query, matches);
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(string query, IReadOnlyList<PartyMatch> matches)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(query)}[/]: {(matches.Count == 0 ? "no match at or above review" : $"{matches.Count} candidate(s)")}");
        if (matches.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("List").AddColumn("Id").AddColumn("Name").AddColumn("Matched name")
            .AddColumn("Score").AddColumn("Tier").AddColumn("Program").AddColumn("Why");
        foreach (var m in matches)
        {
            table.AddRow(Markup.Escape(m.Entry.List), Markup.Escape(m.Entry.Id), Markup.Escape(m.Entry.Name), Markup.Escape(m.MatchedName.Name),
                m.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                m.Clearance is null ? m.Tier.ToString().ToLowerInvariant() : $"cleared by {Markup.Escape(m.Clearance.By)}",
                Markup.Escape(string.Join(";", m.Entry.Programs)), Markup.Escape(string.Join("\n", m.Explanation)));
        }

        AnsiConsole.Write(table);
    }
}
