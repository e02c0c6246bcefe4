using System.CommandLine;
using Cordon.Application.Network;
using Cordon.Cli.Infrastructure;
using Cordon.Network.Queries;
using Spectre.Console;

namespace Cordon.Cli.Commands.Network;

/// <summary><c>cordon network communities</c>: groups of parties tied by trade and shared contact details, most flagged first.</summary>
internal static class CommunitiesCommand
{
    public static Command Create()
    {
        var top = NetworkInput.Bounded("--top", "How many communities", 10, 1, 200);
        var input = new NetworkInput();
        var command = input.With(new Command("communities", "Groups of parties tied by trade and shared contact details (label propagation), most flagged rows first") { top });
        command.SetAction(parse => input.Answer(parse, "communities", network =>
        {
            var communities = NetworkQueries.Communities(network, top: parse.GetValue(top));
            if (input.AsJson(parse))
            {
                NetworkInput.WriteJson(communities.Select(NetworkViews.Community));
                return ExitCodes.Ok;
            }

            foreach (var c in communities)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"community {c.Number}: {c.Members.Count} parties, {c.FlaggedRows} flagged rows" +
                    (c.Designees.Count > 0 ? $", designees: {string.Join(", ", c.Designees.Select(d => d.Label))}" : "")));
                AnsiConsole.MarkupLine(Markup.Escape("    " + string.Join("; ", c.Members.Take(12).Select(m => m.Label)) + (c.Members.Count > 12 ? "; …" : "")));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
