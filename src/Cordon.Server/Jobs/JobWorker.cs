using Cordon.Application;

namespace Cordon.Server.Jobs;

/// <summary>Screens queued runs in the background, so the API never waits on a job. At start it resumes the runs a stopped
/// process left (their rows were never half written: a run's rows are stored in one transaction).</summary>
public sealed class JobWorker(JobQueue queue, ScreeningJobs jobs, ILogger<JobWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var run in await jobs.RecoverAsync(stoppingToken))
        {
            logger.LogInformation("resuming run {Run} ({Input}) after a restart", run.Id, run.InputName);
            queue.Enqueue(run.Tenant, run.Id);
        }

        await foreach (var (tenant, runId) in queue.ReadAllAsync(stoppingToken))
        {
            // Screening is CPU-bound and synchronous: off the request threads.
            await Task.Run(() => jobs.RunAsync(tenant, runId, stoppingToken), stoppingToken);
        }
    }
}
