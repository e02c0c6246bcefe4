using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cordon.Application.Loading;
using Cordon.Regulation;
using Cordon.Screening.Declarations;
using Cordon.Screening.Reporting;
using Cordon.Storage;

namespace Cordon.Application.Rescreening;

/// <summary>Retro-hunting: when the knowledge base or the watch lists change, a team's completed runs are screened again against
/// the law and lists of now, in bounded batches (one short transaction each, the cursor saved with it, so a restart resumes).
/// Rows whose verdict changed get the new result and go back into the queue, undecided, with the reason and the change that
/// caused it; their disposition history stays. Unchanged rows are left as they were. Each team's runs are brought up to the lists
/// that team screens against (<see cref="TeamWatchLists"/>): the configured files, or its own imported lists.</summary>
public sealed class RetroHunt(ICaseStore store, ScreeningService screening, TimeProvider time, KnowledgeBase? previous = null)
{
    /// <summary>Rows screened per batch (and per transaction) unless told otherwise.</summary>
    public const int DefaultBatchSize = 200;

    /// <summary>Rows screened per batch.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Builds the team's supplier network for runs screened with it (<see cref="ScreenRequest.Network"/>); without it
    /// such runs' rows are counted as not re-screenable rather than re-screened without their network features.</summary>
    public Network.NetworkService? Networks { get; init; }

    /// <summary>The knowledge-base version runs are brought up to.</summary>
    public string KbVersion => screening.KnowledgeBaseVersion;

    /// <summary>Where each team's watch lists come from, for a log line.</summary>
    public string WatchListsDescription => screening.WatchLists.Description;

    /// <summary>The watch-list version the team's runs are brought up to.</summary>
    public Task<string> WatchlistVersionAsync(string tenant, CancellationToken cancellationToken) => screening.WatchLists.VersionAsync(tenant, cancellationToken);

    /// <summary>Re-screens left queued or running, oldest first.</summary>
    public Task<IReadOnlyList<Rescreen>> UnfinishedAsync(CancellationToken cancellationToken) => store.UnfinishedRescreensAsync(cancellationToken);

    /// <summary>Starts a re-screen for every team with out-of-date runs (the server's start); a team with one already under way
    /// for these versions keeps it. Returns the re-screens to run.</summary>
    public async Task<IReadOnlyList<Rescreen>> StartStaleAsync(string requestedBy, CancellationToken cancellationToken)
    {
        var started = new List<Rescreen>();
        foreach (var tenant in await store.TenantsWithRunsAsync(cancellationToken))
        {
            // Each team against its own lists' version: one team's import leaves another's runs current.
            if (await store.CountStaleRunsAsync(tenant, KbVersion, await WatchlistVersionAsync(tenant, cancellationToken), cancellationToken) > 0)
            {
                started.Add(await StartAsync(tenant, requestedBy, cancellationToken));
            }
        }

        return started;
    }

    /// <summary>Starts a re-screen of the team's out-of-date runs (queued, audited as <c>rescreen.start</c>), or returns the one
    /// already queued or running for these versions.</summary>
    public async Task<Rescreen> StartAsync(string tenant, string requestedBy, CancellationToken cancellationToken)
    {
        var watchlistVersion = await WatchlistVersionAsync(tenant, cancellationToken);
        var unfinished = (await store.UnfinishedRescreensAsync(cancellationToken))
            .FirstOrDefault(r => r.Tenant == tenant && r.KbVersion == KbVersion && r.WatchlistVersion == watchlistVersion);
        if (unfinished is not null)
        {
            return unfinished;
        }

        var rescreen = new Rescreen
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), Tenant = tenant, RequestedBy = requestedBy, CreatedAt = time.GetUtcNow(),
            KbVersion = KbVersion, WatchlistVersion = watchlistVersion, Status = RunStatus.Queued,
            RunsTotal = await store.CountStaleRunsAsync(tenant, KbVersion, watchlistVersion, cancellationToken),
        };
        await store.CreateRescreenAsync(rescreen, cancellationToken);
        await store.AppendAuditAsync(tenant, rescreen.CreatedAt, requestedBy, "rescreen.start", $"rescreen:{rescreen.Id}", null,
            JsonSerializer.Serialize(new { kb_version = KbVersion, watchlist_version = watchlistVersion, runs = rescreen.RunsTotal }), cancellationToken);
        return rescreen;
    }

    /// <summary>Runs (or resumes, from its cursor) a re-screen to the end, batch by batch; cancelling stops it between batches
    /// with its cursor saved. A re-screen of other versions than this process's is marked failed (the law it was for is gone).</summary>
    /// <param name="tenant">The team.</param>
    /// <param name="id">The re-screen.</param>
    /// <param name="cancellationToken">Stops it between batches.</param>
    /// <param name="afterBatch">Told after each batch is saved.</param>
    public async Task<Rescreen?> RunAsync(string tenant, string id, CancellationToken cancellationToken, Action<Rescreen>? afterBatch = null)
    {
        var job = await store.GetRescreenAsync(tenant, id, cancellationToken);
        if (job is null || job.Status is RunStatus.Complete or RunStatus.Failed)
        {
            return job;
        }

        // The team's lists as they are now: the re-screen was started for their version, and its rows are screened against them.
        var lists = await screening.WatchLists.ForTeamAsync(tenant, cancellationToken);
        var watchlistVersion = lists.Version;
        // Rows are screened again as a job screens them, with the team's clearances, so a cleared party is not raised as new.
        var parties = lists.ScreenerWith((await store.ListClearancesAsync(tenant, cancellationToken)).Select(PartyRecordMapping.ToClearance).ToList());
        if (job.KbVersion != KbVersion || job.WatchlistVersion != watchlistVersion)
        {
            const string Superseded = "superseded: the knowledge base or watch lists changed again before it finished";
            await FinishAsync(job, RunStatus.Failed, Superseded);
            return job with { Status = RunStatus.Failed, Error = Superseded };
        }

        job = job with { Status = RunStatus.Running };
        var diffs = new Dictionary<string, IReadOnlyList<RuleChange>?>(StringComparer.Ordinal);
        (string RunId, ScreenRequest Request, DeclarationScreener? Screener)? reading = null;
        // The team's network as the store holds it (these runs included), built once for the runs that ask for it.
        Cordon.Network.Risk.NetworkRisk? network = null;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var run = job.CursorRun is { } current
                    ? await store.GetRunAsync(tenant, current, cancellationToken)
                    : await store.NextStaleRunAsync(tenant, KbVersion, watchlistVersion, cancellationToken);
                if (run is null)
                {
                    break;
                }

                var rows = await store.RunRowsAfterAsync(tenant, run.Id, job.CursorRow, BatchSize, cancellationToken);
                if (rows.Count == 0)
                {
                    job = job with { RunsDone = job.RunsDone + 1, CursorRun = null, CursorRow = 0 };
                    await store.CompleteRescreenRunAsync(job, run.Id, time.GetUtcNow(), cancellationToken);
                    continue;
                }

                if (!diffs.TryGetValue(run.KbVersion, out var ruleChanges))
                {
                    diffs[run.KbVersion] = ruleChanges = previous is not null && previous.Version == run.KbVersion
                        ? KnowledgeBaseDiff.Compare(previous, screening.KnowledgeBase)
                        : null;
                }

                // One screener per run (its caches serve every batch of it).
                if (reading?.RunId != run.Id)
                {
                    var request = JsonSerializer.Deserialize<ScreenRequest>(run.Options)!;
                    if (request.Network && Networks is not null && network is null)
                    {
                        network = new Cordon.Network.Risk.NetworkRisk(await Networks.FromStoreAsync(store, tenant, lists.Screener is null ? null : lists, cancellationToken));
                    }

                    reading = (run.Id, request, request.Network && network is null ? null : ScreenerFor(request, parties, request.Network ? network : null));
                }

                var (raises, checkedRows, notRescreenable) = reading.Value.Screener is { } screener
                    ? Batch(run, reading.Value.Request, screener, watchlistVersion, rows, ruleChanges)
                    : ([], 0, rows.Count);
                job = job with
                {
                    CursorRun = run.Id, CursorRow = rows[^1].Id, RowsChecked = job.RowsChecked + checkedRows, RowsChanged = job.RowsChanged + raises.Count,
                    RowsNotRescreenable = job.RowsNotRescreenable + notRescreenable,
                };
                await store.SaveBatchAsync(job, raises, time.GetUtcNow(), cancellationToken);
                afterBatch?.Invoke(job);
            }

            await FinishAsync(job, RunStatus.Complete, null);
            return job with { Status = RunStatus.Complete, FinishedAt = time.GetUtcNow() };
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            var reason = $"{e.GetType().Name}: {e.Message}";
            await FinishAsync(job, RunStatus.Failed, reason);
            return job with { Status = RunStatus.Failed, Error = reason };
        }
    }

    /// <summary>Starts and runs to the end a re-screen for every team with out-of-date runs, and resumes unfinished ones (the CLI).</summary>
    public async Task<RescreenSummary> RunAllAsync(string requestedBy, CancellationToken cancellationToken)
    {
        await StartStaleAsync(requestedBy, cancellationToken);
        var done = new List<Rescreen>();
        foreach (var rescreen in await UnfinishedAsync(cancellationToken))
        {
            // One left for older versions is closed as superseded and not counted: its rows are in the new one.
            if (await RunAsync(rescreen.Tenant, rescreen.Id, cancellationToken) is { } finished && finished.KbVersion == KbVersion &&
                finished.WatchlistVersion == await WatchlistVersionAsync(rescreen.Tenant, cancellationToken))
            {
                done.Add(finished);
            }
        }

        return new RescreenSummary(done.Count, done.Sum(r => r.RunsDone), done.Sum(r => r.RowsChecked), done.Sum(r => r.RowsChanged),
            done.Sum(r => r.RowsNotRescreenable));
    }

    // One batch, on this thread: a re-screen is background work and must leave the other cores to requests and jobs.
    private (List<RowRaise> Raises, int Checked, int NotRescreenable) Batch(ScreeningRun run, ScreenRequest request, DeclarationScreener screener,
        string watchlistVersion, IReadOnlyList<CaseRow> rows, IReadOnlyList<RuleChange>? ruleChanges)
    {
        var raises = new List<RowRaise>();
        var notRescreenable = 0;
        using var buffer = new MemoryStream();
        using var writer = new DeclarationJsonWriter(buffer);
        foreach (var row in rows)
        {
            if (StoredDeclaration.Read(row, request, out _) is not { } record)
            {
                notRescreenable++;
                continue;
            }

            var result = screener.Screen(record);
            buffer.SetLength(0);
            writer.Write(result);
            var after = ScreeningJobs.ToRow(run, result, Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimEnd('\n'));
            if (VerdictChange.Of(row, after, run, KbVersion, watchlistVersion, ruleChanges, time.GetUtcNow()) is { } raise)
            {
                raises.Add(raise);
            }
        }

        return (raises, rows.Count - notRescreenable, notRescreenable);
    }

    // Null when the run's options no longer apply (a jurisdiction left the knowledge base): none of its rows can be screened again.
    private DeclarationScreener? ScreenerFor(ScreenRequest request, Cordon.Parties.Matching.PartyScreener? parties, Cordon.Network.Risk.NetworkRisk? network)
    {
        try
        {
            return screening.Screener(request, parties, network);
        }
        catch (UseCaseException)
        {
            return null;
        }
    }

    private async Task FinishAsync(Rescreen job, RunStatus status, string? error)
    {
        var at = time.GetUtcNow();
        await store.FinishRescreenAsync(job.Id, status, error, at, CancellationToken.None);
        await store.AppendAuditAsync(job.Tenant, at, job.RequestedBy, status == RunStatus.Complete ? "rescreen.complete" : "rescreen.fail", $"rescreen:{job.Id}",
            "running", JsonSerializer.Serialize(new
            {
                status = status.ToString().ToLowerInvariant(), error, runs = job.RunsDone, rows_checked = job.RowsChecked, rows_changed = job.RowsChanged,
                rows_not_rescreenable = job.RowsNotRescreenable,
            }), CancellationToken.None);
    }
}
