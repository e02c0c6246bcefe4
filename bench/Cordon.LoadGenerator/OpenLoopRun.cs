using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Cordon.LoadGenerator;

/// <summary>One run: request i is due at start + i / rate; it is sent then (or as soon as a connection is free, which counts
/// towards its latency), so a slow answer delays nothing else and latency includes any queueing the server causes.</summary>
public sealed class OpenLoopRun(Uri url, string token, IReadOnlyList<string> bodies, int rate, TimeSpan duration, int connections)
{
    /// <summary>Sends every request, waits for every answer, and summarises the latencies.</summary>
    public async Task<LoadSummary> RunAsync(CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var payloads = bodies.Select(b => Encoding.UTF8.GetBytes(b)).ToArray();
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new double[total];
        var failed = 0;
        var tasks = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total && !cancellationToken.IsCancellationRequested; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, cancellationToken);
            }

            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                using var content = new ByteArrayContent(payloads[index % payloads.Length]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                try
                {
                    using var response = await client.PostAsync(url, content, cancellationToken);
                    await response.Content.CopyToAsync(Stream.Null, cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                }

                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
            }, cancellationToken));
        }

        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Take(tasks.Count).Order().ToArray();
        return new LoadSummary(sorted.Length, failed, elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.90), Percentile(sorted, 0.99),
            sorted.Length == 0 ? 0 : sorted[^1]);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
