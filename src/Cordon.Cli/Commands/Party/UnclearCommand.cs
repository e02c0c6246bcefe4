using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Cordon.Parties.Matching;
using Cordon.Parties.Store;

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
            if (!File.Exists(storePath))
            {
                Console.Error.WriteLine($"cordon party unclear: no store at {storePath}");
                return ExitCodes.Usage;
            }

            using var stored = new PartyStore(storePath);
            var key = PartyScreener.KeyOf(parse.GetValue(name)!);
            var at = DateTimeOffset.UtcNow;
            if (!stored.Revoke(key, parse.GetValue(list)!, parse.GetValue(id)!, parse.GetValue(by)!, at, parse.GetValue(reason)!))
            {
                Console.Error.WriteLine($"cordon party unclear: no standing clearance of '{parse.GetValue(name)}' against {parse.GetValue(list)} {parse.GetValue(id)}");
                return ExitCodes.Usage;
            }

            Console.Out.WriteLine($"revoked the clearance of '{parse.GetValue(name)}' against {parse.GetValue(list)} {parse.GetValue(id)} (by {parse.GetValue(by)}, {at:yyyy-MM-dd HH:mm} UTC: {parse.GetValue(reason)})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
