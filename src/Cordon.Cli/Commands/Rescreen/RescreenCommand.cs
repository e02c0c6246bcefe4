using System.CommandLine;
using Cordon.Application;
using Cordon.Application.Rescreening;
using Cordon.Cli.Commands.Serve;
using Cordon.Cli.Infrastructure;
using Cordon.Regulation.Loading;
using Cordon.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Cli.Commands.Rescreen;

/// <summary><c>cordon rescreen</c>: retro-hunting in the foreground — the server's store, rules and watch lists (the options of
/// <c>cordon serve</c>), every run out of date with them screened again, changed rows raised into the queue.</summary>
internal static class RescreenCommand
{
    public static Command Create()
    {
        var server = new ServerArguments();
        var previous = new Option<string?>("--previous-rules")
        {
            Description = "The rules folder the runs were screened with, if at hand: each raised row's cause then names the rule changes (cordon kb diff)",
        };
        var command = new Command("rescreen", "Screen past runs again against the knowledge base and watch lists of now; raise the rows whose verdict changed")
        {
            previous,
        };
        foreach (var option in server.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (server.Invalid(parse) is { } invalid)
            {
                Console.Error.WriteLine($"cordon rescreen: {invalid}");
                return ExitCodes.Usage;
            }

            if ((parse.GetValue(server.Watchlist) ?? []).FirstOrDefault(l => !File.Exists(l) && !Directory.Exists(l)) is { } missing)
            {
                Console.Error.WriteLine($"cordon rescreen: --watchlist '{missing}': no such file or folder");
                return ExitCodes.Usage;
            }

            Cordon.Regulation.KnowledgeBase? before = null;
            if (parse.GetValue(previous) is { } folder)
            {
                if (!Directory.Exists(folder))
                {
                    Console.Error.WriteLine($"cordon rescreen: --previous-rules '{folder}': no such folder");
                    return ExitCodes.Usage;
                }

                var loaded = RulesLoader.Load(folder, checkExamples: false);
                if (loaded.HasErrors)
                {
                    Console.Error.WriteLine($"cordon rescreen: --previous-rules '{folder}' has errors; run 'cordon kb validate --rules {folder}'");
                    return ExitCodes.InvalidRules;
                }

                before = loaded.KnowledgeBase;
            }

            try
            {
                // The server's log would mix with the summary on stdout: only its warnings are shown.
                var args = server.ToArgs(parse);
                args.Add("--Logging:LogLevel:Default=Warning");
                await using var app = await Server.CordonServer.BuildAsync(args.ToArray(), firstStart: false);
                var services = app.Services;
                var hunt = new RetroHunt(services.GetRequiredService<ICaseStore>(), services.GetRequiredService<ScreeningService>(), TimeProvider.System, before)
                {
                    Networks = services.GetRequiredService<Cordon.Application.Network.NetworkService>(),
                };
                Console.Error.WriteLine($"cordon rescreen: bringing runs up to kb {hunt.KbVersion} and {hunt.WatchListsDescription}");
                var summary = await hunt.RunAllAsync(Environment.UserName is { Length: > 0 } user ? $"cli:{user}" : "cli", cancellationToken);
                Console.Out.WriteLine($"runs: {summary.Runs}");
                Console.Out.WriteLine($"rows checked: {summary.RowsChecked}");
                Console.Out.WriteLine($"rows changed: {summary.RowsChanged}");
                Console.Out.WriteLine($"rows not re-screenable: {summary.RowsNotRescreenable}");
                return ExitCodes.Ok;
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine($"cordon rescreen: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
