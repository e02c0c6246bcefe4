using System.CommandLine;
using Cordon.LoadGenerator;

// An open-loop load generator for Cordon Server's benchmark: requests are sent on a fixed schedule (a constant rate), not
// when the previous answer arrives, and each latency is measured from the time the request was due. A closed-loop tool
// (wrk) or one whose workers fire together (hey's per-worker tickers send 64 requests at once) measures its own queueing.
var url = new Option<string>("--url") { Required = true, Description = "the endpoint, e.g. http://127.0.0.1:5000/v1/check" };
var token = new Option<string>("--token") { Required = true, Description = "the bearer token" };
var bodies = new Option<FileInfo>("--bodies") { Required = true, Description = "a file of JSON bodies, one per line, sent in turn" };
var rate = new Option<int>("--rate") { DefaultValueFactory = _ => 1000, Description = "requests per second" };
var seconds = new Option<int>("--seconds") { DefaultValueFactory = _ => 20, Description = "how long to send" };
var connections = new Option<int>("--connections") { DefaultValueFactory = _ => 64, Description = "most connections open at once" };
var command = new RootCommand("Sends POST requests at a constant rate and reports latency percentiles from each request's due time.")
{
    url, token, bodies, rate, seconds, connections,
};
command.SetAction(async (parse, cancellationToken) =>
{
    var lines = File.ReadAllLines(parse.GetValue(bodies)!.FullName).Where(l => l.Trim().Length > 0).ToArray();
    if (lines.Length == 0 || parse.GetValue(rate) <= 0 || parse.GetValue(seconds) <= 0 || parse.GetValue(connections) <= 0)
    {
        await Console.Error.WriteLineAsync("cordon-load: give a non-empty bodies file and positive rate, seconds and connections");
        return 2;
    }

    var run = new OpenLoopRun(new Uri(parse.GetValue(url)!), parse.GetValue(token)!, lines, parse.GetValue(rate), TimeSpan.FromSeconds(parse.GetValue(seconds)),
        parse.GetValue(connections));
    var summary = await run.RunAsync(cancellationToken);
    Console.WriteLine(summary);
    return summary.Failed == 0 ? 0 : 1;
});
return await command.Parse(args).InvokeAsync();
