using System.CommandLine;
using Cordon.Application;
using Cordon.Application.Network;
using Cordon.Cli.Infrastructure;
using Cordon.Network.Resolution;

namespace Cordon.Cli.Commands.Network;

/// <summary><c>cordon network merge|split A B --note WHY</c>: an analyst's decision that two spellings are (or are not) one
/// party, kept in the case store (audited) and respected by every later build of the network.</summary>
internal static class DecideCommand
{
    public static Command Create(ResolutionDecisionKind kind)
    {
        var verb = kind == ResolutionDecisionKind.Merge ? "merge" : "split";
        var first = new Argument<string>("spelling") { Description = "A spelling as written (with --country), or its key as 'cordon network parties PARTY' lists it" };
        var second = new Argument<string>("other") { Description = "The other spelling, or its key" };
        var country = new Option<string?>("--country") { Description = "The first spelling's country (ISO code), when it is given as written" };
        var otherCountry = new Option<string?>("--other-country") { Description = "The other spelling's country (default: --country)" };
        var note = new Option<string>("--note", "--reason") { Description = "Why (kept with the decision and shown with the party)", Required = true };
        var by = new Option<string>("--by") { Description = "Who decides", DefaultValueFactory = _ => Environment.UserName };
        var store = PartyOptions.Store();
        var summary = kind == ResolutionDecisionKind.Merge ? "Record that two spellings are one party, whatever the model scores" : "Record that two spellings are two parties, never joined";
        var command = new Command(verb, summary) { first, second, country, otherCountry, note, by, store };
        command.SetAction(parse =>
        {
            string Key(string text, string? cc) => text.Contains('|', StringComparison.Ordinal) ? text : SpellingKey.Of(text, cc);
            var key = Key(parse.GetValue(first)!, parse.GetValue(country));
            var otherKey = Key(parse.GetValue(second)!, parse.GetValue(otherCountry) ?? parse.GetValue(country));
            var storePath = parse.GetValue(store)!;
            var opened = CaseStoreOpener.Open(storePath, create: true)!;
            try
            {
                var who = parse.GetValue(by)!;
                var before = NetworkService.DecideAsync(opened, ClearanceService.LocalTeam, kind, key, otherKey, who, parse.GetValue(note), DateTimeOffset.UtcNow)
                    .GetAwaiter().GetResult();
                Console.Out.WriteLine($"{verb}: '{key}' and '{otherKey}' (by {who}){(before is null ? "" : $", replacing a {before.Kind} by {before.DecidedBy} on {before.DecidedAt:yyyy-MM-dd}")}");
                return ExitCodes.Ok;
            }
            catch (UseCaseException e)
            {
                Console.Error.WriteLine($"cordon network {verb}: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
