using System.CommandLine;
using Cordon.Application;
using Cordon.Cli.Infrastructure;
using Cordon.Parties.Matching;

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
            if (PartyScreener.KeyOf(party).Length == 0)
            {
                Console.Error.WriteLine($"cordon party clear: '{party}' has no words to match on");
                return ExitCodes.Usage;
            }

            var storePath = parse.GetValue(store)!;
            if (CaseStoreOpener.Open(storePath, create: false) is not { } opened)
            {
                Console.Error.WriteLine($"cordon party clear: no store at {storePath}; import the list first with 'cordon lists import PATH'");
                return ExitCodes.Usage;
            }

            var records = new ClearanceService(opened, TimeProvider.System);
            var who = parse.GetValue(by)!;
            ClearanceOutcome outcome;
            try
            {
                var entries = records.EntriesAsync(ClearanceService.LocalTeam).GetAwaiter().GetResult();
                outcome = records.ClearAsync(ClearanceService.LocalTeam, new ClearRequest(party, parse.GetValue(list)!, parse.GetValue(id)!, who, parse.GetValue(note)),
                    entries, actor: who).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is UnknownRecordException or UseCaseException)
            {
                Console.Error.WriteLine($"cordon party clear: {e.Message} (store: {CaseStoreOpener.Describe(storePath)}; import a list with 'cordon lists import PATH')");
                return ExitCodes.Usage;
            }

            var c = outcome.Clearance;
            Console.Out.WriteLine($"cleared '{party}' against {c.List} {c.EntryId} '{outcome.Entry.Name}' (by {c.ClearedBy}, {c.ClearedAt:yyyy-MM-dd HH:mm} UTC)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
