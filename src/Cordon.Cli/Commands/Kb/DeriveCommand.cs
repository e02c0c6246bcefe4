using System.CommandLine;
using Cordon.Application.Rules;
using Cordon.Cli.Infrastructure;
using Cordon.Screening.Curation;
using Cordon.Screening.Extraction;

namespace Cordon.Cli.Commands.Kb;

/// <summary><c>cordon kb derive</c>: a structure from the law's own name through OPSIN, checked against independent public
/// structures, printed as the <c>smiles</c> and <c>structure</c> keys of a rules entry (a curation aid; it decides nothing).</summary>
internal static class DeriveCommand
{
    private const string DefaultSwgdrug = "../shared/reference/open-data/swgdrug/swgdrug-monographs.json";

    public static Command Create()
    {
        var names = new Argument<string[]>("names")
        {
            Description = "Names to derive from; 'LABEL=NAME' gives the entry's name and the chemical name to derive from",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var file = new Option<FileInfo?>("--file") { Description = "One name per line, or LABEL<TAB>NAME; # lines are comments" };
        var swgdrug = new Option<FileInfo?>("--swgdrug") { Description = $"SWGDRUG monograph structures (JSON) to check against (default {DefaultSwgdrug} when present)" };
        var rules = CommonOptions.Rules();
        var command = new Command("derive", "Derive structures from names through OPSIN and cross-check them (prints rules YAML)")
        {
            names, file, swgdrug, rules,
        };
        command.SetAction(parse =>
        {
            var fileLines = Enumerable.Empty<string>();
            if (parse.GetValue(file) is { } input)
            {
                if (!input.Exists)
                {
                    Console.Error.WriteLine($"cordon kb derive: {input.FullName}: file not found");
                    return ExitCodes.Usage;
                }

                fileLines = File.ReadLines(input.FullName);
            }

            var pairs = KnowledgeBaseDerivation.Names(parse.GetValue(names) ?? [], fileLines);
            if (pairs.Count == 0)
            {
                Console.Error.WriteLine("cordon kb derive: give names or --file");
                return ExitCodes.Usage;
            }

            var swgdrugPath = parse.GetValue(swgdrug)?.FullName ?? (File.Exists(DefaultSwgdrug) ? DefaultSwgdrug : null);
            if (swgdrugPath is not null && !File.Exists(swgdrugPath))
            {
                Console.Error.WriteLine($"cordon kb derive: {swgdrugPath}: file not found");
                return ExitCodes.Usage;
            }

            var knowledgeBase = KnowledgeBaseLoader.Load(parse.GetValue(rules), Console.Error, out var code);
            if (knowledgeBase is null)
            {
                return code;
            }

            using var opsin = new OpsinClient();
            if (!opsin.IsAvailable)
            {
                Console.Error.WriteLine($"cordon kb derive: OPSIN is not installed ({OpsinClient.DefaultJar}; Debian libopsin-java)");
                return ExitCodes.Usage;
            }

            var report = KnowledgeBaseDerivation.Derive(knowledgeBase, opsin, swgdrugPath, pairs);
            Console.Out.WriteLine($"# checked against {string.Join(", ", report.ReferenceCounts.Select(c => $"{c.Key} {c.Value}"))}");
            foreach (var result in report.Results)
            {
                Write(result);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(StructureDerivation result)
    {
        var output = Console.Out;
        output.WriteLine($"- name: {Quote(result.Label)}");
        if (result.Smiles is null)
        {
            output.WriteLine($"  # NOT DERIVED from {Quote(result.DerivedFrom)}: {result.Error}");
            return;
        }

        output.WriteLine($"  smiles: {Quote(result.Smiles)}");
        output.WriteLine("  structure:");
        output.WriteLine("    from: opsin");
        output.WriteLine($"    name: {Quote(result.DerivedFrom)}");
        output.WriteLine($"    formula: {result.Formula}");
        output.WriteLine($"    checked: [{string.Join(", ", result.Agreeing.Select(a => Quote(a.Label)).Distinct())}]");
        if (result.Agreeing.Count == 0)
        {
            output.WriteLine("  # NO INDEPENDENT STRUCTURE AGREES: check by hand before recording");
        }

        foreach (var other in result.Disagreeing)
        {
            output.WriteLine($"  # DISAGREES: {other.Label} carries this name with another structure ({other.Key})");
        }

        if (result.ListedAs.Count > 0)
        {
            output.WriteLine($"  # already in the knowledge base as {string.Join(", ", result.ListedAs)}");
        }
    }

    // YAML double-quoted scalar: names hold commas, brackets, colons and primes.
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
