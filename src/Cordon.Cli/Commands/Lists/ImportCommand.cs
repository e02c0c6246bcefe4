using System.CommandLine;
using Cordon.Application;
using Cordon.Cli.Infrastructure;
using Cordon.Parties.Reading;

namespace Cordon.Cli.Commands.Lists;

/// <summary><c>cordon lists import PATH</c>: read a watch list once into the case store.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "An OFAC SDN folder or sdn.csv, sdn.xml, or an in-house CSV" };
        var store = PartyOptions.Store();
        var command = new Command("import", "Import a watch list into the case store (replacing an earlier import of the same list)") { path, store };
        command.SetAction(parse =>
        {
            WatchList list;
            try
            {
                list = WatchListReader.Read(parse.GetValue(path)!);
            }
            catch (FileNotFoundException e)
            {
                Console.Error.WriteLine($"cordon lists import: {e.Message}");
                return ExitCodes.Usage;
            }

            foreach (var problem in list.Problems)
            {
                Console.Error.WriteLine($"{problem} (skipped)");
            }

            var stored = CaseStoreOpener.Open(parse.GetValue(store)!, create: true)!;
            new ClearanceService(stored, TimeProvider.System).ImportListAsync(ClearanceService.LocalTeam, list, Path.GetFullPath(parse.GetValue(path)!),
                Environment.UserName).GetAwaiter().GetResult();
            Console.Out.WriteLine($"imported {list.Entries.Count} entries of {list.Name} ({list.Problems.Count} lines skipped) into {CaseStoreOpener.Describe(parse.GetValue(store)!)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
