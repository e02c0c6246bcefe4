using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Cordon.Parties.Reading;
using Cordon.Parties.Store;

namespace Cordon.Cli.Commands.Lists;

/// <summary><c>cordon lists import PATH</c>: read a watch list once into the embedded store.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "An OFAC SDN folder or sdn.csv, sdn.xml, or an in-house CSV" };
        var store = PartyOptions.Store();
        var command = new Command("import", "Import a watch list into the embedded store (replacing an earlier import of the same list)") { path, store };
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

            using var stored = new PartyStore(parse.GetValue(store)!);
            stored.Import(list, Path.GetFullPath(parse.GetValue(path)!));
            Console.Out.WriteLine($"imported {list.Entries.Count} entries of {list.Name} ({list.Problems.Count} lines skipped) into {parse.GetValue(store)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
