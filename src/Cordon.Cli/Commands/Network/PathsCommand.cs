using System.CommandLine;
using Cordon.Application.Network;
using Cordon.Cli.Infrastructure;
using Cordon.Network.Queries;
using Spectre.Console;

namespace Cordon.Cli.Commands.Network;

/// <summary><c>cordon network paths PARTY</c>: the shortest path from a party to each designee within reach, every edge with its evidence.</summary>
internal static class PathsCommand
{
    public static Command Create()
    {
        var party = new Argument<string>("party") { Description = "A party (name as written, or its id)" };
        var hops = NetworkInput.Bounded("--max-hops", "Longest path", 4, 1, 6);
        var input = new NetworkInput();
        var command = input.With(new Command("paths", "Shortest paths from a party to designees, with the evidence of every edge") { party, hops });
        command.SetAction(parse => input.Answer(parse, "paths", parse.GetValue(party)!, (network, node) =>
        {
            var paths = NetworkQueries.PathsToDesignees(network, node, parse.GetValue(hops), input.Filter(parse));
            if (input.AsJson(parse))
            {
                NetworkInput.WriteJson(paths.Select(NetworkViews.Path));
                return ExitCodes.Ok;
            }

            if (paths.Count == 0)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"no designee within {parse.GetValue(hops)} hops of {node.Label} ({node.Id})"));
                return ExitCodes.Ok;
            }

            foreach (var path in paths)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"{path.Hops} hop(s): {path.Describe()}"));
                foreach (var step in path.Steps.Skip(1))
                {
                    AnsiConsole.MarkupLine(Markup.Escape($"    {step.Via!.Evidence}"));
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
