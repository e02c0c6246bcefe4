using Spectre.Console;
using System.CommandLine;
using Cordon.Cli.Commands.Check;
using Cordon.Cli.Commands.Eval;
using Cordon.Cli.Commands.Kb;
using Cordon.Cli.Commands.Rescreen;
using Cordon.Cli.Commands.Serve;
using Cordon.Cli.Commands.Lists;
using Cordon.Cli.Commands.Network;
using Cordon.Cli.Commands.Party;
using Cordon.Cli.Commands.Schema;
using Cordon.Cli.Commands.Screen;
using Cordon.Cli.Infrastructure;

// Redirected output has no terminal width; tables then use a wide page instead of wrapping ids.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Console.Profile.Width = 200;
}

var root = new RootCommand("Cordon screens chemicals for drug-precursor control: controlled where, under which clause, and why.")
{
    CheckCommand.Create(),
    ScreenCommand.Create(),
    EvalCommand.Create(),
    PartyCommand.Create(),
    ServeCommand.Create(),
    RescreenCommand.Create(),
    SchemaCommand.Create(),
    new Command("network", "The supplier network of screened declarations: who ships to whom, shared suppliers, paths to designees")
    {
        PartiesCommand.Create(), NeighbourhoodCommand.Create(), SharedSuppliersCommand.Create(), PathsCommand.Create(), TopCommand.Create(),
        CommunitiesCommand.Create(), ExportCommand.Create(), DecideCommand.Create(Cordon.Network.Resolution.ResolutionDecisionKind.Merge),
        DecideCommand.Create(Cordon.Network.Resolution.ResolutionDecisionKind.Split),
    },
    new Command("lists", "Manage watch lists in the case store") { ImportCommand.Create(), ShowCommand.Create() },
    new Command("kb", "Inspect and validate the knowledge base") { ValidateCommand.Create(), ListCommand.Create(), ExplainCommand.Create(), DeriveCommand.Create(), CoverageCommand.Create(), DiffCommand.Create() },
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"cordon: {error.Message}");
    }

    Console.Error.WriteLine("Run 'cordon --help' for usage.");
    return ExitCodes.Usage;
}

try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // Whatever escaped a command: one line for the user, never a stack trace.
    Console.Error.WriteLine($"cordon: {e.GetType().Name}: {e.Message}");
    return ExitCodes.Internal;
}
