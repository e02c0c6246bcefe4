using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Cordon.Parties.Matching;
using Cordon.Parties.Store;

namespace Cordon.Cli.Commands.Party;

/// <summary><c>cordon party clear NAME --list L --id ID</c>: record that a party is not a list entry (a false positive).</summary>
internal static class ClearCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The party name as it appears on declarations" };
        var list = new Option<string>("--list") { Description = "The list, e.g. OFAC-SDN", Required = true };
        var id = new Option<string>("--id") { Description = "The list's id for the entry (OFAC ent_num)", Required = true };
        var by = new Option<string>("--by") { Description = "Who clears it", DefaultValueFactory = _ => Environment.UserName };
        var note = new Option<string>("--note", "--reason") { Description = "Why it is not the entry (kept with the clearance and shown with every match it silences)", Required = true };
        var store = PartyOptions.Store();
        var command = new Command("clear", "Record that a party and a list entry are a false positive; the pair stops alerting") { name, list, id, by, note, store };
        command.SetAction(parse =>
        {
            var party = parse.GetValue(name)!;
            var key = PartyScreener.KeyOf(party);
            if (key.Length == 0)
            {
                Console.Error.WriteLine($"cordon party clear: '{party}' has no words to match on");
                return ExitCodes.Usage;
            }

            var storePath = parse.GetValue(store)!;
            if (!File.Exists(storePath))
            {
                Console.Error.WriteLine($"cordon party clear: no store at {storePath}; import the list first with 'cordon lists import PATH'");
                return ExitCodes.Usage;
            }

            using var stored = new PartyStore(storePath);
            // A clearance for a list or entry that does not exist would never apply: refuse it instead of recording a no-op.
            var lists = stored.Lists().Select(l => l.Name).ToList();
            if (!lists.Contains(parse.GetValue(list)!, StringComparer.Ordinal))
            {
                Console.Error.WriteLine($"cordon party clear: unknown --list '{parse.GetValue(list)}' (lists in {storePath}: {(lists.Count == 0 ? "none; import one with 'cordon lists import PATH'" : string.Join(", ", lists))})");
                return ExitCodes.Usage;
            }

            var entry = stored.Entries().FirstOrDefault(e => e.List == parse.GetValue(list) && e.Id == parse.GetValue(id));
            if (entry is null)
            {
                Console.Error.WriteLine($"cordon party clear: {parse.GetValue(list)} has no entry with --id '{parse.GetValue(id)}'");
                return ExitCodes.Usage;
            }

            // The entry's digest is kept so that a change to it (a new alias or remark) brings the match back for review.
            var clearance = new Clearance(key, parse.GetValue(list)!, parse.GetValue(id)!, parse.GetValue(by)!, DateTimeOffset.UtcNow, parse.GetValue(note))
            {
                EntryDigest = entry.Digest(),
            };
            stored.Clear(clearance);
            Console.Out.WriteLine($"cleared '{party}' against {clearance.List} {clearance.EntryId} '{entry.Name}' (by {clearance.By}, {clearance.At:yyyy-MM-dd HH:mm} UTC)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
