using Cordon.Screening;
using Cordon.Screening.Reporting;
using Spectre.Console;

namespace Cordon.Cli.Infrastructure;

/// <summary>Renders results as Spectre.Console tables for people.</summary>
internal static class ResultTable
{
    public static void WriteOne(IAnsiConsole console, CheckResult result)
    {
        var summary = new Table().NoBorder().HideHeaders().AddColumn("").AddColumn("");
        summary.AddRow("[bold]Query[/]", Markup.Escape(Shorten(result.Query)));
        summary.AddRow("[bold]Taken as[/]", result.InputKind is { } kind ? ResultNames.Of(kind) : "-");
        summary.AddRow("[bold]Status[/]", StatusMarkup(result.Status));
        if (result.Structure is { } structure)
        {
            summary.AddRow("[bold]Structure[/]", Markup.Escape($"{structure.Smiles}  ({structure.Formula})"));
            if (structure.Removed.Count > 0)
            {
                summary.AddRow("[bold]Removed[/]", Markup.Escape(string.Join(", ", structure.Removed)));
            }
        }

        summary.AddRow("[bold]Message[/]", Markup.Escape(result.Message));
        summary.AddRow("[bold]Knowledge base[/]", Markup.Escape(result.KbVersion));
        console.Write(summary);
        if (result.Findings.Count == 0)
        {
            return;
        }

        var number = 0;
        foreach (var f in result.Findings)
        {
            var grid = new Table().NoBorder().HideHeaders().AddColumn("").AddColumn("");
            grid.AddRow("[bold]Substance[/]", Markup.Escape($"{f.Substance} ({f.SubstanceId})"));
            grid.AddRow("[bold]Basis[/]", Markup.Escape($"{ResultNames.Of(f.Basis)}: {f.Match}"));
            grid.AddRow("[bold]Clause[/]", Markup.Escape(f.Clause));
            grid.AddRow("[bold]Citation[/]", Markup.Escape(f.Citation));
            grid.AddRow("[bold]Effective[/]", Markup.Escape(f.Effective ?? "-"));
            console.Write(new Panel(grid).Header(Markup.Escape($" {++number}. {f.Jurisdiction} - {f.List} ")).Expand());
        }
    }

    public static Table StartBatch() => new Table().Border(TableBorder.Rounded)
        .AddColumn("Line").AddColumn("Query").AddColumn("Status").AddColumn("Findings").AddColumn("Message");

    public static void AddRow(Table table, CheckResult result) =>
        table.AddRow(
            result.Record?.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Markup.Escape(Shorten(result.Record?.Name is { } name ? $"{result.Query} ({name})" : result.Query)),
            StatusMarkup(result.Status),
            Markup.Escape(string.Join("; ", result.Findings.Select(f => $"{f.Jurisdiction}: {f.Substance}").Distinct())),
            Markup.Escape(result.Status == CheckStatus.Unresolved ? result.Message : ""));

    private static string StatusMarkup(CheckStatus status) => status switch
    {
        CheckStatus.Controlled => "[bold red]controlled[/]",
        CheckStatus.Suspect => "[bold yellow]suspect[/]",
        CheckStatus.Clear => "[green]clear[/]",
        _ => "[grey]unresolved[/]",
    };

    private static string Shorten(string text)
    {
        var line = text.Split('\n')[0];
        return line.Length > 60 ? line[..57] + "..." : line;
    }
}
