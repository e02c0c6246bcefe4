using System.CommandLine;
using Cordon.Application.Rules;
using Cordon.Cli.Infrastructure;

namespace Cordon.Cli.Commands.Kb;

/// <summary><c>cordon kb validate</c>: every problem in the rules, with file and line; non-zero exit on any error.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var rules = CommonOptions.Rules();
        var command = new Command("validate", "Check every rules file: structures parse, CAS check digits, unique ids, citations") { rules };
        command.SetAction(parse =>
        {
            var report = KnowledgeBaseQueries.Validate(parse.GetValue(rules));
            if (report is null)
            {
                Console.Error.WriteLine("cordon kb validate: rules folder not found; pass --rules DIR");
                return ExitCodes.Usage;
            }

            foreach (var problem in report.Problems)
            {
                Console.Out.WriteLine(problem);
            }

            var kb = report.KnowledgeBase;
            var (errors, warnings) = (report.Errors, report.Warnings);
            var dictionaries = string.Join(", ", kb.Dictionaries.Select(d => $"{d.Name} {d.Entries.Count}"));
            Console.Out.WriteLine(
                $"{kb.Substances.Count} entries in {kb.Lists.Count} lists, {kb.Structures.Count} structures; dictionaries: {dictionaries}; {errors} errors, {warnings} warnings (knowledge base {kb.Version})");
            return errors > 0 ? ExitCodes.InvalidRules : ExitCodes.Ok;
        });
        return command;
    }
}
