using Cordon.Network.Export;
using Cordon.Network.Graph;
using Spectre.Console;

namespace Cordon.Cli.Commands.Network;

/// <summary>Edges as a table for people: from, kind, to, rows, evidence.</summary>
internal static class EdgeTable
{
    public static void Write(SupplyNetwork network, IEnumerable<NetworkEdge> edges)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("From").AddColumn("Edge").AddColumn("To").AddColumn("Rows").AddColumn("Flagged").AddColumn("Evidence");
        foreach (var e in edges)
        {
            table.AddRow(Markup.Escape(network.Node(e.From)!.Label), NetworkExport.Kind(e.Kind), Markup.Escape(network.Node(e.To)!.Label),
                e.Trade?.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", e.Trade?.FlaggedRows.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                Markup.Escape(e.Evidence));
        }

        AnsiConsole.Write(table);
    }
}
