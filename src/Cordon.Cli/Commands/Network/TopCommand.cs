using System.CommandLine;
using Cordon.Application.Network;
using Cordon.Cli.Infrastructure;
using Cordon.Network.Queries;
using Spectre.Console;

namespace Cordon.Cli.Commands.Network;

/// <summary><c>cordon network top</c>: the parties whose rows carry the most controlled or suspect chemistry.</summary>
internal static class TopCommand
{
    public static Command Create()
    {
        var top = NetworkInput.Bounded("--top", "How many parties", 20, 1, 500);
        var input = new NetworkInput();
        var command = input.With(new Command("top", "Parties whose rows carry the most controlled or suspect chemistry") { top });
        command.SetAction(parse => input.Answer(parse, "top", network =>
        {
            var ranked = NetworkQueries.MostFlagged(network, parse.GetValue(top));
            if (input.AsJson(parse))
            {
                NetworkInput.WriteJson(ranked.Select(NetworkViews.Rank));
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("Party").AddColumn("Country").AddColumn("Flagged rows").AddColumn("Rows").AddColumn("Counterparties");
            foreach (var r in ranked)
            {
                table.AddRow(Markup.Escape(r.Party.Label), r.Party.Country ?? "", r.FlaggedRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    r.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Counterparties.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
