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
        var depth = new Option<int>("--depth") { Description = "Hops from the party (1 to 4)", DefaultValueFactory = _ => 2 };
        depth.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 4)
            {
                r.AddError("--depth must be 1 to 4");
            }
        });
        var input = new NetworkInput();
        var command = input.With(new Command("neighbourhood", "The parties, designees and shared details within N hops of a party, with every edge's evidence") { party, depth });
        command.SetAction(parse =>
        {
            if (input.Build(parse, "neighbourhood", out var code) is not { } network)
            {
                return code;
            }

            if (NetworkInput.Party(network, parse.GetValue(party)!, "neighbourhood") is not { } node)
            {
                return ExitCodes.Usage;
            }

            var hood = NetworkQueries.Neighbourhood(network, node, parse.GetValue(depth), input.Filter(parse));
            if (input.AsJson(parse))
            {
                NetworkInput.WriteJson(NetworkViews.Graph(network, hood));
                return ExitCodes.Ok;
            }

            AnsiConsole.MarkupLine(Markup.Escape($"{node.Label} ({node.Id}): {hood.Nodes.Count} nodes, {hood.Edges.Count} edges within {hood.Depth} hops{(hood.Truncated ? " (cut at the node bound)" : "")}"));
            EdgeTable.Write(network, hood.Edges);
            return ExitCodes.Ok;
        });
        return command;
    }
}
