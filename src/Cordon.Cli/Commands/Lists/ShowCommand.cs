using System.CommandLine;
using Cordon.Application;
using Cordon.Cli.Infrastructure;

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
            // Showing must not create a store: a mistyped --store is an error, not an empty list.
            if (CaseStoreOpener.Open(storePath, create: false) is not { } stored)
            {
                Console.Error.WriteLine($"cordon lists show: no store at {storePath}; import a list with 'cordon lists import PATH'");
                return ExitCodes.Usage;
            }

            var records = new ClearanceService(stored, TimeProvider.System);
            foreach (var l in records.ListsAsync(ClearanceService.LocalTeam).GetAwaiter().GetResult())
            {
                Console.Out.WriteLine($"{l.Name}: {l.Entries} entries, imported {l.ImportedAt:O} from {l.Source}");
            }

            foreach (var c in records.ListAsync(ClearanceService.LocalTeam).GetAwaiter().GetResult())
            {
                var revoked = c.RevokedAt is not null ? $"; revoked by {c.RevokedBy}, {c.RevokedAt:yyyy-MM-dd}: {c.RevokeReason}" : "";
                Console.Out.WriteLine($"{(c.RevokedAt is not null ? "revoked" : "cleared")}: '{c.PartyKey}' is not {c.List} {c.EntryId} (by {c.ClearedBy}, {c.ClearedAt:yyyy-MM-dd}{(c.Note is null ? "" : $": {c.Note}")}{revoked})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
