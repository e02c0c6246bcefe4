using System.Threading.Channels;
using Cordon.Application.Rescreening;

namespace Cordon.Server.Rescreening;

/// <summary>Retro-hunting in the background: at start it resumes the re-screens a stopped process left and starts one for every
/// team whose runs were screened against another knowledge base or watch lists; then it runs those asked for. A re-screen works
/// one bounded batch at a time on one thread (short transactions, cursor saved), so requests and jobs never wait on it.</summary>
public sealed class RescreenWorker(RetroHunt hunt, ILogger<RescreenWorker> logger) : BackgroundService
{
    private readonly Channel<(string Tenant, string Id)> _queue = Channel.CreateUnbounded<(string, string)>();

    /// <summary>Queues a re-screen to run after those before it.</summary>
    public void Enqueue(string tenant, string id) => _queue.Writer.TryWrite((tenant, id));

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the server listens before any run is looked at.
        await Task.Yield();
        var queued = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rescreen in await hunt.UnfinishedAsync(stoppingToken))
        {
            logger.LogInformation("resuming re-screen {Rescreen} of team {Tenant} after a restart", rescreen.Id, rescreen.Tenant);
            queued.Add(rescreen.Id);
            Enqueue(rescreen.Tenant, rescreen.Id);
        }

        foreach (var rescreen in await hunt.StartStaleAsync("cordon", stoppingToken))
        {
            if (queued.Add(rescreen.Id))
            {
                logger.LogInformation("re-screening {Runs} runs of team {Tenant} against kb {Kb} and watch lists {Lists}", rescreen.RunsTotal,
                    rescreen.Tenant, rescreen.KbVersion, rescreen.WatchlistVersion);
                Enqueue(rescreen.Tenant, rescreen.Id);
            }
        }

        await foreach (var (tenant, id) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                // Screening is CPU-bound and synchronous: off the request threads, one batch at a time.
                var done = await Task.Run(() => hunt.RunAsync(tenant, id, stoppingToken), stoppingToken);
                logger.LogInformation("re-screen {Rescreen}: {Status}, {Checked} rows checked, {Changed} raised, {Skipped} not re-screenable", id,
                    done?.Status, done?.RowsChecked, done?.RowsChanged, done?.RowsNotRescreenable);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                // The store failed under it (the re-screen itself records its own failures): it stays resumable, and the server goes on.
                logger.LogError(e, "re-screen {Rescreen} stopped; it resumes at the next start", id);
            }
        }
    }
}
