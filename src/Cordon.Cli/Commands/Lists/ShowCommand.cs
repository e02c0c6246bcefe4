using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Cordon.Parties.Store;

namespace Cordon.Cli.Commands.Lists;

/// <summary><c>cordon lists show</c>: the watch lists in the store and the clearances recorded.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var store = PartyOptions.Store();
        var command = new Command("show", "Show the imported watch lists and the recorded clearances") { store };
        command.SetAction(parse =>
        {
            var storePath = parse.GetValue(store)!;
            if (!File.Exists(storePath))
            {
                // Showing must not create a store: a mistyped --store is an error, not an empty list.
                Console.Error.WriteLine($"cordon lists show: no store at {storePath}; import a list with 'cordon lists import PATH'");
                return ExitCodes.Usage;
            }

            using var stored = new PartyStore(storePath);
            foreach (var (name, source, at, entries) in stored.Lists())
            {
                Console.Out.WriteLine($"{name}: {entries} entries, imported {at} from {source}");
            }

            foreach (var c in stored.Clearances())
            {
                var revoked = c.IsRevoked ? $"; revoked by {c.RevokedBy}, {c.RevokedAt:yyyy-MM-dd}: {c.RevokeReason}" : "";
                Console.Out.WriteLine($"{(c.IsRevoked ? "revoked" : "cleared")}: '{c.PartyKey}' is not {c.List} {c.EntryId} (by {c.By}, {c.At:yyyy-MM-dd}{(c.Note is null ? "" : $": {c.Note}")}{revoked})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
