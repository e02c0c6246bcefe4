using System.CommandLine;
using Cordon.Cli.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace Cordon.Cli.Commands.Serve;

/// <summary><c>cordon serve</c>: Cordon Server (REST API, roles, audit, background screening jobs) on the embedded SQLite
/// store, or on PostgreSQL with <c>--database</c>.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:8080" };
        var database = new Option<string?>("--database") { Description = "PostgreSQL connection string (\"Host=…;Database=…;Username=…\"); default: SQLite in --data" };
        var data = new Option<string?>("--data") { Description = "Data folder: the SQLite file, uploads (default: ~/.local/share/cordon/server)" };
        var watchlist = new Option<string[]>("--watchlist") { Description = "Watch lists for /v1/match: an OFAC SDN folder or file, an in-house CSV (repeatable)" };
        var rules = CommonOptions.Rules();
        var command = new Command("serve", "Run Cordon Server: the /v1 API, OpenAPI at /openapi/v1.json, browsable at /scalar")
        {
            urls, database, data, watchlist, rules,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var args = new List<string> { "--urls", parse.GetValue(urls)! };
            if (parse.GetValue(database) is { } connection)
            {
                args.AddRange(["--database", connection]);
            }

            if (parse.GetValue(data) is { } folder)
            {
                args.AddRange(["--data", folder]);
            }

            var lists = parse.GetValue(watchlist) ?? [];
            for (var i = 0; i < lists.Length; i++)
            {
                args.AddRange([$"--Cordon:Watchlists:{i}", Path.GetFullPath(lists[i])]);
            }

            if (RulesLocator.Find(parse.GetValue(rules)) is { } found)
            {
                args.AddRange(["--rules", found]);
            }

            try
            {
                var app = await Server.CordonServer.BuildAsync(args.ToArray());
                await app.StartAsync(cancellationToken);
                await app.WaitForShutdownAsync(cancellationToken);
                return ExitCodes.Ok;
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine($"cordon serve: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
