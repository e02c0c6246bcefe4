using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Channels;
using Cordon.Parties.Matching;
using Cordon.Screening.Declarations;
using Cordon.Storage;

namespace Cordon.Application;

/// <summary>Screening jobs kept in the case store: a submitted file is saved, screened in the background, and its rows streamed
/// into the store as they are screened, inside one transaction that commits them with the run. A run interrupted by a restart
/// is resumed from its saved file, or marked failed.</summary>
public sealed class ScreeningJobs(ICaseStore store, ScreeningService screening, string uploadFolder, TimeProvider time,
    Network.NetworkService? networks = null)
{
    /// <summary>Rows handed to the store at a time.</summary>
    private const int BatchSize = 1000;

    /// <summary>Batches screened but not yet stored, at most: with <see cref="BatchSize"/> this bounds a job's rows in memory.</summary>
    private const int BatchesInFlight = 4;

    // Rows screened so far by the runs this process is screening; in memory only, since no row is visible before the run commits.
    private readonly ConcurrentDictionary<string, StrongBox<long>> _progress = new(StringComparer.Ordinal);

    /// <summary>How many rows of a run this process has screened so far; null when it is not screening that run.</summary>
    public long? RowsScreened(string id) => _progress.TryGetValue(id, out var count) ? Interlocked.Read(ref count.Value) : null;

    /// <summary>Saves the upload, checks the options, records the run (queued) and audits it. The caller queues its id.</summary>
    public async Task<ScreeningRun> SubmitAsync(string tenant, string actor, ScreenRequest request, Stream content, CancellationToken cancellationToken)
    {
        // Only the options are checked here; the team's lists are resolved when the run is screened (an import in between counts).
        _ = screening.Screener(request, parties: null);
        if (request.Network && networks is null)
        {
            throw new UseCaseException("this server does not weigh the supplier network in jobs");
        }

        Directory.CreateDirectory(uploadFolder);
        var id = NewId();
        var path = UploadPath(id, request.InputName);
        string hash;
        await using (var file = File.Create(path))
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        }

        var run = new ScreeningRun
        {
            Id = id, Tenant = tenant, CreatedBy = actor, CreatedAt = time.GetUtcNow(), InputName = request.InputName, InputSha256 = hash,
            Options = JsonSerializer.Serialize(request), KbVersion = screening.KnowledgeBaseVersion,
            WatchlistVersion = await screening.WatchLists.VersionAsync(tenant, cancellationToken), Status = RunStatus.Queued,
        };
        await store.CreateRunAsync(run, cancellationToken);
        await store.AppendAuditAsync(tenant, run.CreatedAt, actor, "run.create", $"run:{id}", null,
            JsonSerializer.Serialize(new { run.InputName, run.InputSha256, options = request, run.KbVersion }), cancellationToken);
        return run;
    }

    /// <summary>Screens a queued run and stores it, or marks it failed with the reason. Never throws for bad input.</summary>
    public async Task RunAsync(string tenant, string id, CancellationToken cancellationToken)
    {
        var run = await store.GetRunAsync(tenant, id, cancellationToken);
        if (run is null || run.Status is RunStatus.Complete or RunStatus.Failed)
        {
            return;
        }

        var request = JsonSerializer.Deserialize<ScreenRequest>(run.Options)!;
        var path = UploadPath(id, request.InputName);
        var screened = _progress.GetOrAdd(id, _ => new StrongBox<long>());
        // The team's lists as they are now, and the run records their version: the one its rows are screened against.
        var lists = await screening.WatchLists.ForTeamAsync(run.Tenant, cancellationToken);
        await store.StartRunAsync(id, lists.Version, cancellationToken);
        try
        {
            long stored;
            // The writer's transaction ends with this block, committed or rolled back, before a failure is recorded.
            await using (var writer = await store.OpenRunRowsAsync(id, cancellationToken))
            {
                // The team's clearances apply to its jobs as to its matches: a party an analyst cleared is marked so in every row.
                var clearances = (await store.ListClearancesAsync(run.Tenant, cancellationToken)).Select(PartyRecordMapping.ToClearance).ToList();
                var network = request.Network && networks is not null
                    ? new Cordon.Network.Risk.NetworkRisk(await networks.ForJobAsync(store, run.Tenant, lists.Screener is null ? null : lists, path, request,
                        run.InputSha256, cancellationToken))
                    : null;
                await StreamRowsAsync(run, path, request, lists.ScreenerWith(clearances), network, writer, screened, cancellationToken);
                await writer.CompleteAsync(time.GetUtcNow(), cancellationToken);
                stored = writer.Written;
            }

            await store.AppendAuditAsync(run.Tenant, time.GetUtcNow(), "cordon", "run.complete", $"run:{id}", "running",
                JsonSerializer.Serialize(new { status = "complete", rows = stored, watchlist_version = lists.Version }), cancellationToken);
            File.Delete(path);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            var reason = e is UseCaseException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            await store.FailRunAsync(id, reason, time.GetUtcNow(), CancellationToken.None);
            await store.AppendAuditAsync(run.Tenant, time.GetUtcNow(), "cordon", "run.fail", $"run:{id}", "running",
                JsonSerializer.Serialize(new { status = "failed", error = reason }), CancellationToken.None);
            File.Delete(path);
        }
        finally
        {
            _progress.TryRemove(id, out _);
        }
    }

    // Screening runs on this thread (and its workers); storing runs beside it, fed batches through a bounded channel, so the
    // two overlap and at most a few batches are held in memory whatever the file's size. A full channel makes screening wait.
    private async Task StreamRowsAsync(ScreeningRun run, string path, ScreenRequest request, PartyScreener? parties, Cordon.Network.Risk.NetworkRisk? network,
        IRunRowWriter writer, StrongBox<long> screened, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<List<CaseRow>>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
        Exception? storeFailure = null;
        var storing = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
                {
                    await writer.WriteAsync(batch, cancellationToken);
                }
            }
            catch (Exception e) when (!batches.Reader.Completion.IsCompleted)
            {
                // Closing the channel with the error stops the screening side at its next batch instead of leaving it waiting;
                // that side then rethrows this error, the cause.
                storeFailure = e;
                batches.Writer.TryComplete(e);
                throw;
            }
        }, cancellationToken);

        void Send(List<CaseRow> batch)
        {
            if (!batches.Writer.TryWrite(batch))
            {
                batches.Writer.WriteAsync(batch, cancellationToken).AsTask().GetAwaiter().GetResult();
            }
        }

        try
        {
            var batch = new List<CaseRow>(BatchSize);
            // Each screening thread serialises its own rows (the JSON writer is not thread-safe); rows leave their scope out and
            // share one string of it, which the store keeps once per run instead of in every row.
            var scopes = new RunScopeText();
            using var writers = new ThreadLocal<RowJson>(() => new RowJson(scopes), trackAllValues: true);
            try
            {
                screening.Screen(path, request, parties, network, result => writers.Value!.ToRow(run, result), row =>
                {
                    batch.Add(row);
                    Interlocked.Increment(ref screened.Value);
                    if (batch.Count == BatchSize)
                    {
                        Send(batch);
                        batch = new List<CaseRow>(BatchSize);
                    }
                });
            }
            finally
            {
                foreach (var json in writers.Values)
                {
                    json.Dispose();
                }
            }

            if (batch.Count > 0)
            {
                Send(batch);
            }

            batches.Writer.TryComplete();
        }
        catch (Exception e)
        {
            batches.Writer.TryComplete(e);
            // Wait for the storing side to stop (it ends with this error relayed, or with its own).
            await Task.WhenAny(storing);
            if (Volatile.Read(ref storeFailure) is { } cause && cause != e)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
            }

            throw;
        }

        await storing;
    }

    /// <summary>After a restart: runs whose file is still here are handed back to be screened again (none of their rows were
    /// stored); the others are marked failed.</summary>
    public async Task<IReadOnlyList<ScreeningRun>> RecoverAsync(CancellationToken cancellationToken)
    {
        var resumable = new List<ScreeningRun>();
        foreach (var run in await store.UnfinishedRunsAsync(cancellationToken))
        {
            var request = JsonSerializer.Deserialize<ScreenRequest>(run.Options)!;
            if (File.Exists(UploadPath(run.Id, request.InputName)))
            {
                resumable.Add(run);
            }
            else
            {
                const string Reason = "interrupted by a restart and its upload is gone; submit the file again";
                await store.FailRunAsync(run.Id, Reason, time.GetUtcNow(), cancellationToken);
                await store.AppendAuditAsync(run.Tenant, time.GetUtcNow(), "cordon", "run.fail", $"run:{run.Id}", run.Status.ToString().ToLowerInvariant(),
                    JsonSerializer.Serialize(new { status = "failed", error = Reason }), cancellationToken);
            }
        }

        return resumable;
    }

    /// <summary>A result as a stored row: the queue's fields, the JSON, and the declaration as read (for re-screening).</summary>
    internal static CaseRow ToRow(ScreeningRun run, DeclarationResult result, string json)
    {
        var record = result.Record;
        var jurisdictions = result.Evidence.Where(e => e.Check is not null)
            .SelectMany(e => e.Check!.Findings.Where(f => f.Controls).Select(f => f.Jurisdiction))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new CaseRow
        {
            RunId = run.Id, Tenant = run.Tenant, Line = record.Line, Status = result.Status.ToString().ToLowerInvariant(),
            Risk = result.Risk.ToString().ToLowerInvariant(), Score = result.Score, Description = record[DeclarationField.Description],
            Shipper = record[DeclarationField.Shipper], Consignee = record[DeclarationField.Consignee], NotifyParty = record[DeclarationField.NotifyParty],
            HsCode = record[DeclarationField.HsCode], Origin = record[DeclarationField.Origin], Destination = record[DeclarationField.Destination],
            PortOfLoading = record[DeclarationField.PortOfLoading], PortOfDischarge = record[DeclarationField.PortOfDischarge],
            Quantity = record[DeclarationField.Quantity], Jurisdictions = jurisdictions.Count == 0 ? null : string.Join(",", jurisdictions), Result = json,
            Structures = Structures(result), Record = Rescreening.StoredDeclaration.Write(record),
        };
    }

    // The structures findings rest on, with their matched atoms, so the case view can draw what was matched at screening time.
    private static List<CaseStructure> Structures(DeclarationResult result) =>
        result.Evidence.Where(e => e.Check is { Structure: not null, Findings.Count: > 0 })
            .Select(e => new CaseStructure(e.Column, e.Text, e.Check!.Structure!.Smiles,
                e.Check.Findings.Select(f => f.Substance).Distinct(StringComparer.Ordinal).ToList(),
                e.Check.Findings.SelectMany(f => f.MatchedAtoms).Distinct().Order().ToList()))
            .ToList();

    // The extension decides how the file is read; the id keeps two uploads of one name apart.
    private string UploadPath(string id, string inputName) =>
        Path.Combine(uploadFolder, id + Path.GetExtension(Path.GetFileName(inputName)).ToLowerInvariant());

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
