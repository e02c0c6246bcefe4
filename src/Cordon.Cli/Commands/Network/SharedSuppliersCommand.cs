using System.CommandLine;
using Cordon.Application.Network;
using Cordon.Cli.Infrastructure;
using Cordon.Network.Queries;
using Spectre.Console;

namespace Cordon.Cli.Commands.Network;

/// <summary><c>cordon network shared-suppliers BUYER</c>: other buyers of a buyer's suppliers, most shared suppliers first.</summary>
internal static class SharedSuppliersCommand
{
    public static Command Create()
    {
        var buyer = new Argument<string>("buyer") { Description = "A buyer (name as written, or its id)" };
        var top = NetworkInput.Bounded("--top", "How many buyers", 20, 1, 500);
        var input = new NetworkInput();
        var command = input.With(new Command("shared-suppliers", "Buyers that buy from the same suppliers as a buyer, ranked by shared suppliers and flagged rows") { buyer, top });
        command.SetAction(parse => input.Answer(parse, "shared-suppliers", parse.GetValue(buyer)!, (network, node) =>
        {
            var shared = NetworkQueries.SharedSuppliers(network, node, input.Filter(parse), parse.GetValue(top));
            if (input.AsJson(parse))
            {
                NetworkInput.WriteJson(shared.Select(NetworkViews.Shared));
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("Buyer").AddColumn("Country").AddColumn("Shared suppliers").AddColumn("Rows").AddColumn("Flagged").AddColumn("High risk");
            foreach (var s in shared)
            {
                table.AddRow(Markup.Escape(s.Buyer.Label), s.Buyer.Country ?? "", Markup.Escape(string.Join(", ", s.Suppliers.Select(x => x.Label))),
                    s.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), s.FlaggedRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    s.HighRiskRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.MarkupLine(Markup.Escape($"buyers sharing suppliers with {node.Label} ({node.Id}):"));
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
