using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Cordon.Contracts.Schema;

namespace Cordon.Cli.Commands.Schema;

/// <summary><c>cordon schema [--out DIR]</c>: write the JSON Schema documents of the CLI's JSON output and the API's bodies.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The folder to write the schema files to", DefaultValueFactory = _ => Path.Combine("docs", "schema") };
        var command = new Command("schema", "Write JSON Schema documents of the JSON contracts (check, screen, party results; API bodies)") { output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            foreach (var (file, text) in ContractSchemas.All())
            {
                File.WriteAllText(Path.Combine(folder, file), text);
                Console.Out.WriteLine(Path.Combine(folder, file));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
