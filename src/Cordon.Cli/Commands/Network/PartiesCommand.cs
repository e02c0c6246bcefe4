using System.CommandLine;
using Cordon.Application.Network;
using Cordon.Cli.Infrastructure;
using Cordon.Network.Graph;
using Spectre.Console;

namespace Cordon.Cli.Commands.Network;

/// <summary><c>cordon network parties [PARTY]</c>: the resolved parties (most rows first), or one party's spellings and the
/// evidence of each merge.</summary>
internal static class PartiesCommand
{
    public static Command Create()
    {
        var party = new Argument<string?>("party") { Description = "A party (name as written, or its id): show its spellings and why they are one", Arity = ArgumentArity.ZeroOrOne };
        var top = NetworkInput.Bounded("--top", "How many parties to list", 50, 1, 100_000);
        var input = new NetworkInput();
        var command = input.With(new Command("parties", "The parties of the declarations after resolution, or one party's spellings and merge evidence") { party, top });
        command.SetAction(parse =>
        {
            if (input.Build(parse, "parties", out var code) is not { } network)
            {
                return code;
            }

            if (parse.GetValue(party) is { } reference)
            {
                if (NetworkInput.Party(network, reference, "parties") is not { Kind: NodeKind.Party } node)
                {
                    return ExitCodes.Usage;
                }

                var view = NetworkViews.Party(node);
                if (input.AsJson(parse))
                {
                    NetworkInput.WriteJson(view);
                    return ExitCodes.Ok;
                }

                AnsiConsole.MarkupLine($"[bold]{Markup.Escape(node.Label)}[/] {node.Id} {node.Country}: {view.Spellings.Sum(s => s.Rows)} rows, {node.Party!.FlaggedRows} flagged");
                var spellings = new Table().Border(TableBorder.Rounded).AddColumn("Spelling").AddColumn("Rows").AddColumn("Key");
                foreach (var s in view.Spellings)
                {
                    spellings.AddRow(Markup.Escape(s.Name), s.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(s.Key));
                }

                AnsiConsole.Write(spellings);
                foreach (var m in view.Merges)
                {
                    AnsiConsole.MarkupLine(Markup.Escape($"'{m.Name}' = '{m.OtherName}': {m.Score:0.00} ({m.DecidedBy} {m.Model}) " +
                        string.Join(", ", m.Features.Select(f => $"{f.Name} {f.Contribution:+0.00;-0.00}"))));
                }

                foreach (var c in view.Contacts)
                {
                    AnsiConsole.MarkupLine(Markup.Escape(c));
                }

                return ExitCodes.Ok;
            }

            var parties = network.Nodes.Where(n => n.Kind == NodeKind.Party).OrderByDescending(n => n.Party!.ShipperRows + n.Party.ConsigneeRows + n.Party.NotifyRows)
                .ThenBy(n => n.Id, StringComparer.Ordinal).Take(parse.GetValue(top)).ToList();
            if (input.AsJson(parse))
            {
                NetworkInput.WriteJson(new { summary = NetworkViews.Summary(network), parties = parties.Select(NetworkViews.Node) });
                return ExitCodes.Ok;
            }

            var summary = NetworkViews.Summary(network);
            AnsiConsole.MarkupLine(Markup.Escape($"{summary.Rows:N0} rows: {summary.Parties:N0} parties from {summary.Spellings:N0} spellings, {summary.Designees} designees, " +
                $"{summary.SharedContacts} shared contact details; edges: {string.Join(", ", summary.Edges.Select(e => $"{e.Key} {e.Value:N0}"))} ({summary.Model})"));
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Id").AddColumn("Party").AddColumn("Country").AddColumn("Spellings").AddColumn("Rows").AddColumn("Flagged");
            foreach (var n in parties)
            {
                var p = n.Party!;
                table.AddRow(n.Id, Markup.Escape(n.Label), n.Country ?? "", p.Spellings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    (p.ShipperRows + p.ConsigneeRows + p.NotifyRows).ToString(System.Globalization.CultureInfo.InvariantCulture), p.FlaggedRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
