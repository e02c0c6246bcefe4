using System.CommandLine;
using Cordon.Application.Rules;
using Cordon.Cli.Infrastructure;
using Cordon.Regulation.Definitions;
using Spectre.Console;

namespace Cordon.Cli.Commands.Kb;

/// <summary><c>cordon kb explain ID</c>: a definition's legal text, its encoding, and structures that match and that must not.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "A definition id (e.g. us.schedule-i-frs.halt-act) or a substance id" };
        var rules = CommonOptions.Rules();
        var command = new Command("explain", "Show a class definition's legal text, encoding and examples, or a listed entry") { id, rules };
        command.SetAction(parse =>
        {
            var knowledgeBase = KnowledgeBaseLoader.Load(parse.GetValue(rules), Console.Error, out var code);
            if (knowledgeBase is null)
            {
                return code;
            }

            var wanted = parse.GetValue(id)!;
            var definition = KnowledgeBaseQueries.Definition(knowledgeBase, wanted);
            if (definition is not null)
            {
                Write(AnsiConsole.Console, definition);
                return ExitCodes.Ok;
            }

            var substance = KnowledgeBaseQueries.Entry(knowledgeBase, wanted);
            if (substance is not null)
            {
                var grid = new Table().NoBorder().HideHeaders().AddColumn("").AddColumn("");
                grid.AddRow("[bold]Entry[/]", Markup.Escape($"{substance.Name} ({substance.Id})"));
                grid.AddRow("[bold]List[/]", Markup.Escape(substance.List is null ? "resolution only (never a finding)" : $"{substance.List.Jurisdiction} {substance.List.Name}"));
                grid.AddRow("[bold]Clause[/]", Markup.Escape(substance.Clause ?? "-"));
                grid.AddRow("[bold]Structure[/]", Markup.Escape(substance.Smiles ?? "none recorded"));
                grid.AddRow("[bold]CAS RN[/]", Markup.Escape(substance.Cas?.Value ?? "-"));
                grid.AddRow("[bold]Synonyms[/]", Markup.Escape(string.Join("; ", substance.Synonyms)));
                grid.AddRow("[bold]In force[/]", Markup.Escape($"{substance.Effective ?? "-"}{(substance.Ended is null ? "" : $" until {substance.Ended}")}"));
                grid.AddRow("[bold]Citation[/]", Markup.Escape(substance.Citation.ToString()));
                grid.AddRow("[bold]Defined at[/]", Markup.Escape(substance.Location.ToString()));
                AnsiConsole.Write(grid);
                return ExitCodes.Ok;
            }

            Console.Error.WriteLine($"cordon kb explain: no definition or entry with id '{wanted}'. Definitions: " +
                string.Join(", ", knowledgeBase.Definitions.Select(d => d.Definition.Id)));
            return ExitCodes.Usage;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, GenericDefinition definition)
    {
        console.Write(new Rule(Markup.Escape($"{definition.Name} ({definition.Id})")).LeftJustified());
        var head = new Table().NoBorder().HideHeaders().AddColumn("").AddColumn("");
        head.AddRow("[bold]List[/]", Markup.Escape($"{definition.List.Jurisdiction} {definition.List.Name}"));
        head.AddRow("[bold]Kind[/]", definition.IsAnalogueAlert ? "analogue alert (a lead, never law)" : "generic definition (law)");
        head.AddRow("[bold]In force[/]", Markup.Escape($"{definition.Period.Effective}{(definition.Period.Ended is null ? "" : $" until {definition.Period.Ended}")}"));
        head.AddRow("[bold]Citation[/]", Markup.Escape(definition.Citation.ToString()));
        head.AddRow("[bold]Defined at[/]", Markup.Escape(definition.Location.ToString()));
        console.Write(head);
        console.Write(new Panel(Markup.Escape(definition.LegalText)).Header(" Legal text ").Expand());

        console.MarkupLine($"[bold]Encoding[/]: core SMARTS [grey]{Markup.Escape(definition.Core)}[/]");
        console.MarkupLine($"  at least {definition.MinimumModifications} modification(s); " +
            (definition.ExcludeIfListed ? "a substance listed in its own right in this jurisdiction reports that listing instead" : "no exclusion by listing"));
        var sites = new Table().Border(TableBorder.Rounded).AddColumn("Clause").AddColumn("Kind").AddColumn("Atoms").AddColumn("Allows").AddColumn("Review");
        foreach (var site in definition.Sites)
        {
            var allows = site.AnyGroup ? "any group" : string.Join(", ", site.Allowed.Select(DefinitionWords.Word));
            if (site.Reference is not null)
            {
                allows = $"anything but {site.Reference}" + (site.Kind == SiteKind.Ring ? $" ({site.Ring})" : "");
            }

            if (site.Effective is not null)
            {
                allows += $" (from {site.Effective})";
            }

            sites.AddRow(Markup.Escape($"({site.Clause}) {site.Text}"), site.Kind.ToString(), string.Join(",", site.Atoms),
                Markup.Escape(allows), Markup.Escape(site.Review ?? (site.OpenList ? "other groups: review (open list)" : "")));
        }

        console.Write(sites);
        if (definition.Ambiguities.Count > 0)
        {
            console.MarkupLine("[bold]Readings the text leaves open[/]");
            foreach (var ambiguity in definition.Ambiguities)
            {
                console.MarkupLine($"  - {Markup.Escape(ambiguity)}");
            }
        }

        var examples = new Table().Border(TableBorder.Rounded).AddColumn("Example").AddColumn("Must").AddColumn("SMILES").AddColumn("Why");
        foreach (var example in definition.Examples)
        {
            examples.AddRow(Markup.Escape(example.Name), example.Matches ? "[red]match[/]" : "[green]not match[/]",
                Markup.Escape(example.Smiles), Markup.Escape(example.Why ?? ""));
        }

        console.Write(examples);
        console.MarkupLine("[grey]Every example is checked by 'cordon kb validate'.[/]");
    }
}
