using System.CommandLine;
using Cordon.Application.Network;
using Cordon.Cli.Infrastructure;
using Cordon.Network.Queries;
using Spectre.Console;

namespace Cordon.Cli.Commands.Network;

/// <summary><c>cordon network neighbourhood PARTY --depth N</c>: the nodes within N hops of a party and the edges among them.</summary>
internal static class NeighbourhoodCommand
{
    public static Command Create()
    {
        var party = new Argument<string>("party") { Description = "A party or designee (name as written, or its id)" };
        var depth = NetworkInput.Bounded("--depth", "Hops from the party", 2, 1, 4);
        var maxNodes = NetworkInput.Bounded("--max-nodes", "Most nodes, nearest first (the answer says when it was cut)", NetworkQueries.DefaultNeighbourhoodNodes, 1,
            NetworkQueries.MaxNeighbourhoodNodes);
        var input = new NetworkInput();
        var command = input.With(new Command("neighbourhood", "The parties, designees and shared details within N hops of a party, with every edge's evidence")
        {
            party, depth, maxNodes,
        });
        command.SetAction(parse => input.Answer(parse, "neighbourhood", parse.GetValue(party)!, (network, node) =>
        {
            var hood = NetworkQueries.Neighbourhood(network, node, parse.GetValue(depth), input.Filter(parse), parse.GetValue(maxNodes));
            if (input.AsJson(parse))
            {
                NetworkInput.WriteJson(NetworkViews.Graph(network, hood));
                return ExitCodes.Ok;
            }

            AnsiConsole.MarkupLine(Markup.Escape($"{node.Label} ({node.Id}): {hood.Nodes.Count} nodes, {hood.Edges.Count} edges within {hood.Depth} hops{(hood.Truncated ? " (cut at --max-nodes)" : "")}"));
            EdgeTable.Write(network, hood.Edges);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
