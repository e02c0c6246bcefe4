using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Cordon.Network.Export;
using Cordon.Network.Queries;

namespace Cordon.Cli.Commands.Network;

/// <summary><c>cordon network export --to graphml|gexf|csv</c>: the network, or a party's neighbourhood, for Gephi, yEd or a spreadsheet.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "graphml | gexf | csv (an edge list)", Required = true };
        to.AcceptOnlyFromAmong([.. NetworkExport.Formats]);
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var party = new Option<string?>("--party") { Description = "Only this party's neighbourhood" };
        var depth = NetworkInput.Bounded("--depth", "Hops of the neighbourhood (with --party)", 2, 1, 4);
        var input = new NetworkInput(format: false);
        var command = input.With(new Command("export", "Write the network (or a party's neighbourhood) as GraphML, GEXF or a CSV edge list") { to, output, party, depth });
        command.SetAction(parse =>
        {
            if (input.Build(parse, "export", out var code) is not { } network)
            {
                return code;
            }

            var filter = input.Filter(parse);
            var (nodes, edges) = (network.Nodes, network.Edges.Where(filter.Passes).ToList());
            if (parse.GetValue(party) is { } reference)
            {
                if (NetworkInput.Party(network, reference, "export") is not { } node)
                {
                    return ExitCodes.Usage;
                }

                var hood = NetworkQueries.Neighbourhood(network, node, parse.GetValue(depth), filter);
                (nodes, edges) = (hood.Nodes, hood.Edges.ToList());
            }

            using var writer = parse.GetValue(output) is { } path ? new StreamWriter(path) : new StreamWriter(Console.OpenStandardOutput());
            NetworkExport.Write(writer, parse.GetValue(to)!, nodes, edges);
            return ExitCodes.Ok;
        });
        return command;
    }
}
