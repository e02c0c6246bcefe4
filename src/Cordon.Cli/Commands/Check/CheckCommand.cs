using System.CommandLine;
using Cordon.Application;
using Cordon.Cli.Infrastructure;
using Cordon.Screening.Extraction;

namespace Cordon.Cli.Commands.Check;

/// <summary><c>cordon check</c>: is this chemical controlled, where, under which clause, and why.</summary>
internal static class CheckCommand
{
    private static readonly string[] Formats = ["table", "json", "jsonl", "csv"];

    public static Command Create()
    {
        var query = new Argument<string?>("query") { Arity = ArgumentArity.ZeroOrOne, Description = "A name, CAS RN, SMILES or molfile" };
        var file = new Option<string?>("--file") { Description = "Check every record of a file: text (one query per line), .smi, .sdf, .csv/.tsv" };
        var format = new Option<string?>("--format") { Description = "table | json | jsonl | csv (default: table for one query, jsonl for a file)" };
        format.AcceptOnlyFromAmong(Formats);
        var kind = new Option<string?>("--as") { Description = "Take the input as: smiles | cas | name | molfile (default: detect)" };
        kind.AcceptOnlyFromAmong("smiles", "cas", "name", "molfile");
        var column = new Option<string?>("--column") { Description = "CSV/TSV column holding the query (default: query, smiles, cas or name, else the first)" };
        var svg = new Option<string?>("--svg") { Description = "Write an SVG depiction of each hit, matched atoms highlighted, into this folder" };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit 1 when any record is controlled (or suspect or worse)" };
        failOn.AcceptOnlyFromAmong("controlled", "suspect");
        var jurisdiction = CommonOptions.Jurisdiction();
        var asOf = CommonOptions.AsOf();
        var listedOnly = new Option<bool>("--listed-only") { Description = "Match listed substances only: no class definitions, no analogue alerts" };
        var rules = CommonOptions.Rules();
        var dictionary = CommonOptions.Dictionary();

        var command = new Command("check", "Check chemicals against the controlled-substance knowledge base")
        {
            query, file, format, kind, jurisdiction, asOf, listedOnly, column, svg, failOn, dictionary, rules,
        };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(query);
            var path = parse.GetValue(file);
            if ((text is null) == (path is null))
            {
                Console.Error.WriteLine("cordon check: give either a QUERY or --file PATH");
                return ExitCodes.Usage;
            }

            var knowledgeBase = KnowledgeBaseLoader.Load(parse.GetValue(rules), parse.GetValue(dictionary), Console.Error, out var code);
            if (knowledgeBase is null)
            {
                return code;
            }

            if (!CommonOptions.TryParseJurisdictions(parse.GetValue(jurisdiction), knowledgeBase, "check", out _))
            {
                return ExitCodes.Usage;
            }

            if (path is null && (parse.GetValue(column) is not null))
            {
                Console.Error.WriteLine("cordon check: --column applies to --file only");
                return ExitCodes.Usage;
            }

            // The same reading of names as `screen`: systematic names through OPSIN (started only when a name needs it).
            using var opsin = new OpsinClient();
            var checker = new ChemicalService(knowledgeBase, opsin).Checker(parse.GetValue(jurisdiction), parse.GetValue(asOf),
                parse.GetValue(listedOnly), parse.GetValue(kind));
            var run = new CheckRun(parse.GetValue(format) ?? (path is null ? "table" : "jsonl"), parse.GetValue(svg),
                new FailOnPolicy(FailOnPolicy.Parse(parse.GetValue(failOn))));
            return path is null ? run.One(checker, text!) : run.Batch(checker, path, parse.GetValue(column));
        });
        return command;
    }
}
