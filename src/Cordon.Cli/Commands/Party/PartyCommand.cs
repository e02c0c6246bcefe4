using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Cordon.Parties.Matching;
using Cordon.Parties.Output;
using Spectre.Console;

namespace Cordon.Cli.Commands.Party;

/// <summary><c>cordon party NAME [--country --dob --id --type --gender --address]</c> or <c>--file PATH</c>: match trade parties
/// against watch lists.</summary>
internal static class PartyCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Arity = ArgumentArity.ZeroOrOne, Description = "A party name (company or person)" };
        var file = new Option<string?>("--file")
        {
            Description = "A CSV with a 'name' column and optionally country, dob, id, type, gender, address (other columns are echoed); or one name per line",
        };
        var country = new Option<string?>("--country") { Description = "The party's country or nationality: ISO alpha-2 or alpha-3 code, or its name (unknown = error)" };
        var dob = new Option<string?>("--dob") { Description = "Date of birth: 1976-01-03, 1976-01, 1976, '03 Jan 1976', 'circa 1976', '1970 to 1975'" };
        var identifier = new Option<string?>("--id", "--identifier") { Description = "A passport, national ID, tax (RFC, CURP, NIT), cedula or registration number: if the entry carries it, it decides" };
        var type = new Option<string?>("--type") { Description = "person | company (default: company when the name has a legal form or trade word)" };
        type.AcceptOnlyFromAmong("person", "company");
        var gender = new Option<string?>("--gender") { Description = "male | female" };
        gender.AcceptOnlyFromAmong("male", "female");
        var address = new Option<string?>("--address") { Description = "The party's address: a shared city or street word adds a little" };
        var format = new Option<string?>("--format") { Description = "table | json | jsonl (default: table for one name, jsonl for a file)" };
        format.AcceptOnlyFromAmong("table", "json", "jsonl");
        var watchlist = PartyOptions.Watchlist();
        var store = PartyOptions.Store();
        var command = new Command("party", "Match trade parties against watch lists (OFAC SDN, in-house lists)")
        {
            name, file, country, dob, identifier, type, gender, address, format, watchlist, store, ClearCommand.Create(), UnclearCommand.Create(),
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

            if (path is not null && !File.Exists(path))
            {
                Console.Error.WriteLine($"cordon party: cannot read {path}: no such file");
                return ExitCodes.Usage;
            }

            PartyQuery? one = null;
            if (single is not null)
            {
                one = PartyQueryParser.TryCreate(single, parse.GetValue(country), parse.GetValue(dob), parse.GetValue(identifier), parse.GetValue(type),
                    parse.GetValue(gender), parse.GetValue(address), out var error);
                if (one is null)
                {
                    Console.Error.WriteLine($"cordon party: {error}");
                    return ExitCodes.Usage;
                }
            }
            else if (new[] { parse.GetValue(country), parse.GetValue(dob), parse.GetValue(identifier), parse.GetValue(type), parse.GetValue(gender), parse.GetValue(address) }
                .Any(v => v is not null))
            {
                Console.Error.WriteLine("cordon party: with --file, give country, dob, id, type, gender and address as columns of the file");
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
            var rows = path is null ? [new PartyQueryRow(0, one, one!.Name, null, [])] : PartyQueryFile.Read(path);
            using var stdout = new BufferedStream(Console.OpenStandardOutput());
            using var json = chosen == "table" ? null : new PartyJsonWriter(stdout, indented: chosen == "json");
            foreach (var row in rows)
            {
                if (row.Error is not null)
                {
                    Console.Error.WriteLine($"cordon party: {row.Error}");
                }

                var matches = row.Query is null ? [] : screener.Screen(row.Query);
                if (json is not null)
                {
                    json.Write(row.Query ?? new PartyQuery(row.Name), matches, row.Columns, row.Error);
                }
                else
                {
                    WriteTable(row.Query?.Name ?? row.Name, matches, row.Error, screener.Matcher.Algorithm);
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(string query, IReadOnlyList<PartyMatch> matches, string? error, string algorithm)
    {
        if (error is not null)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(query)}[/]: [red]{Markup.Escape(error)}[/]");
            return;
        }

        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(query)}[/]: {(matches.Count == 0 ? "no match at or above review" : $"{matches.Count} candidate(s)")} ({Markup.Escape(algorithm)})");
        if (matches.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("List").AddColumn("Id").AddColumn("Name").AddColumn("Matched name")
            .AddColumn("Score").AddColumn("Tier").AddColumn("Program").AddColumn("Features").AddColumn("Why");
        foreach (var m in matches)
        {
            var tier = m.Clearance is { } c ? $"cleared by {c.By} {c.At:yyyy-MM-dd}{(c.Note is null ? "" : $": {c.Note}")}" : m.Tier.ToString().ToLowerInvariant();
            table.AddRow(Markup.Escape(m.Entry.List), Markup.Escape(m.Entry.Id), Markup.Escape(m.Entry.Name), Markup.Escape($"{m.MatchedName.Name} ({m.MatchedName.Kind})"),
                m.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(tier),
                Markup.Escape(string.Join(";", m.Entry.Programs)),
                Markup.Escape(string.Join("\n", m.Features.Where(f => f.Value != 0).Select(f => $"{f.Name} {f.Value.ToString("+0.00;-0.00", System.Globalization.CultureInfo.InvariantCulture)}"))),
                Markup.Escape(string.Join("\n", m.Explanation)));
        }

        AnsiConsole.Write(table);
    }
}
