using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cordon.Screening.Declarations;
using Cordon.Screening.Reporting;
using Cordon.Storage;

namespace Cordon.Application;

/// <summary>Screening jobs kept in the case store: a submitted file is saved, screened in the background, and its rows stored
/// with the run in one transaction. A run interrupted by a restart is resumed from its saved file, or marked failed.</summary>
public sealed class ScreeningJobs(ICaseStore store, ScreeningService screening, string uploadFolder, TimeProvider time)
{
    // Rows screened so far by the runs this process is screening; in memory only, since no row is stored before the run ends.
    private readonly ConcurrentDictionary<string, StrongBox<long>> _progress = new(StringComparer.Ordinal);

    /// <summary>How many rows of a run this process has screened so far; null when it is not screening that run.</summary>
    public long? RowsScreened(string id) => _progress.TryGetValue(id, out var count) ? Interlocked.Read(ref count.Value) : null;

    /// <summary>Saves the upload, checks the options, records the run (queued) and audits it. The caller queues its id.</summary>
    public async Task<ScreeningRun> SubmitAsync(string tenant, string actor, ScreenRequest request, Stream content, CancellationToken cancellationToken)
    {
        _ = screening.Screener(request);
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
            Options = JsonSerializer.Serialize(request), KbVersion = screening.KnowledgeBaseVersion, Status = RunStatus.Queued,
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
        await store.StartRunAsync(id, cancellationToken);
        try
        {
            var rows = new List<CaseRow>();
            using var buffer = new MemoryStream();
            using var writer = new DeclarationJsonWriter(buffer);
            screening.Screen(path, request, result =>
            {
                buffer.SetLength(0);
                writer.Write(result);
                rows.Add(ToRow(run, result, Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimEnd('\n')));
                Interlocked.Increment(ref screened.Value);
            });
            await store.CompleteRunAsync(id, rows, time.GetUtcNow(), cancellationToken);
            await store.AppendAuditAsync(run.Tenant, time.GetUtcNow(), "cordon", "run.complete", $"run:{id}", "running",
                JsonSerializer.Serialize(new { status = "complete", rows = rows.Count }), cancellationToken);
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

    private static CaseRow ToRow(ScreeningRun run, DeclarationResult result, string json)
    {
        var record = result.Record;
        var jurisdictions = result.Evidence.Where(e => e.Check is not null)
            .SelectMany(e => e.Check!.Findings.Where(f => f.Controls).Select(f => f.Jurisdiction))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new CaseRow
        {
            RunId = run.Id, Tenant = run.Tenant, Line = record.Line, Status = result.Status.ToString().ToLowerInvariant(),
            Risk = result.Risk.ToString().ToLowerInvariant(), Score = result.Score, Description = record[DeclarationField.Description],
            Shipper = record[DeclarationField.Shipper], Consignee = record[DeclarationField.Consignee], HsCode = record[DeclarationField.HsCode],
            Jurisdictions = jurisdictions.Count == 0 ? null : string.Join(",", jurisdictions), Result = json,
        };
    }

    // The extension decides how the file is read; the id keeps two uploads of one name apart.
    private string UploadPath(string id, string inputName) =>
        Path.Combine(uploadFolder, id + Path.GetExtension(Path.GetFileName(inputName)).ToLowerInvariant());

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
