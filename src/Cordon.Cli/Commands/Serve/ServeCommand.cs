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
        var server = new ServerArguments();
        var command = new Command("serve", "Run Cordon Server: the /v1 API, OpenAPI at /openapi/v1.json, browsable at /scalar") { urls };
        foreach (var option in server.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (server.Invalid(parse) is { } invalid)
            {
                Console.Error.WriteLine($"cordon serve: {invalid}");
                return ExitCodes.Usage;
            }

            var args = new List<string> { "--urls", parse.GetValue(urls)! };
            args.AddRange(server.ToArgs(parse));

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
