using System.CommandLine;
using Cordon.Application;
using Cordon.Cli.Infrastructure;

namespace Cordon.Cli.Commands.Party;

/// <summary><c>cordon party unclear NAME --list L --id ID --reason WHY</c>: revoke a clearance, with who, when and why.</summary>
internal static class UnclearCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The party name as it was cleared" };
        var list = new Option<string>("--list") { Description = "The list, e.g. OFAC-SDN", Required = true };
        var id = new Option<string>("--id") { Description = "The list's id for the entry", Required = true };
        var by = new Option<string>("--by") { Description = "Who revokes it", DefaultValueFactory = _ => Environment.UserName };
        var reason = new Option<string>("--reason", "--note") { Description = "Why the clearance no longer holds", Required = true };
        var store = PartyOptions.Store();
        var command = new Command("unclear", "Revoke a clearance: the pair alerts again; the clearance and its revocation stay on record") { name, list, id, by, reason, store };
        command.SetAction(parse =>
        {
            var storePath = parse.GetValue(store)!;
            if (CaseStoreOpener.Open(storePath, create: false) is not { } opened)
            {
                Console.Error.WriteLine($"cordon party unclear: no store at {storePath}");
                return ExitCodes.Usage;
            }

            var who = parse.GetValue(by)!;
            try
            {
                var revoked = new ClearanceService(opened, TimeProvider.System).RevokeAsync(ClearanceService.LocalTeam, parse.GetValue(name)!, parse.GetValue(list)!,
                    parse.GetValue(id)!, who, parse.GetValue(reason)!, actor: who).GetAwaiter().GetResult();
                Console.Out.WriteLine($"revoked the clearance of '{parse.GetValue(name)}' against {revoked.List} {revoked.EntryId} (by {who}, {revoked.RevokedAt:yyyy-MM-dd HH:mm} UTC: {revoked.RevokeReason})");
                return ExitCodes.Ok;
            }
            catch (UnknownRecordException e)
            {
                Console.Error.WriteLine($"cordon party unclear: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
