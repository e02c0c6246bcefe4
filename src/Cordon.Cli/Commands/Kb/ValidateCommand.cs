using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Cordon.Regulation.Loading;

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
            var path = RulesLocator.Find(parse.GetValue(rules));
            if (path is null || !Directory.Exists(path))
            {
                Console.Error.WriteLine("cordon kb validate: rules folder not found; pass --rules DIR");
                return ExitCodes.Usage;
            }

            var result = RulesLoader.Load(path);
            var problems = result.Problems.Concat(RulesLoader.ValidateDictionaries(result.KnowledgeBase)).ToList();
            foreach (var problem in problems)
            {
                Console.Out.WriteLine(problem);
            }

            var kb = result.KnowledgeBase;
            var errors = problems.Count(p => p.IsError);
            var warnings = problems.Count - errors;
            var dictionaries = string.Join(", ", kb.Dictionaries.Select(d => $"{d.Name} {d.Entries.Count}"));
            Console.Out.WriteLine(
                $"{kb.Substances.Count} entries in {kb.Lists.Count} lists, {kb.Structures.Count} structures; dictionaries: {dictionaries}; {errors} errors, {warnings} warnings (knowledge base {kb.Version})");
            return errors > 0 ? ExitCodes.InvalidRules : ExitCodes.Ok;
        });
        return command;
    }
}
