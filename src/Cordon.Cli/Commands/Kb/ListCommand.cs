using System.CommandLine;
using Cordon.Application.Rules;
using Cordon.Cli.Infrastructure;
using Spectre.Console;

namespace Cordon.Cli.Commands.Kb;

/// <summary><c>cordon kb list</c>: the listed substances, optionally of some jurisdictions.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var jurisdiction = CommonOptions.Jurisdiction();
        var rules = CommonOptions.Rules();
        var command = new Command("list", "List the controlled substances in the knowledge base") { jurisdiction, rules };
        command.SetAction(parse =>
        {
            var knowledgeBase = KnowledgeBaseLoader.Load(parse.GetValue(rules), Console.Error, out var code);
            if (knowledgeBase is null)
            {
                return code;
            }

            if (!CommonOptions.TryParseJurisdictions(parse.GetValue(jurisdiction), knowledgeBase, "kb list", out var wanted))
            {
                return ExitCodes.Usage;
            }

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Id").AddColumn("Name").AddColumn("CAS RN").AddColumn("Jurisdiction").AddColumn("List").AddColumn("Effective");
            var rows = KnowledgeBaseQueries.Listed(knowledgeBase, wanted);
            foreach (var s in rows)
            {
                table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Name), s.Cas?.Value ?? "", s.List!.Jurisdiction,
                    Markup.Escape(s.List.Name), Markup.Escape(s.Effective ?? ""));
            }

            AnsiConsole.Write(table);
            AnsiConsole.WriteLine($"{rows.Count} entries (knowledge base {knowledgeBase.Version})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
