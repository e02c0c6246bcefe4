using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;

namespace Cordon.Storage;

/// <summary>Re-screening in the shared SQL: out-of-date runs, their rows in id order, and re-screen jobs whose batches are
/// one transaction each (raised rows, their audit, the cursor).</summary>
public abstract partial class SqlCaseStore
{
    // A run is out of date when it was screened against another knowledge base or watch lists, or before the lists were recorded.
    private const string Stale = "status = 'complete' AND (kb_version <> @kb OR watchlist_version IS NULL OR watchlist_version <> @lists)";

    private const string RescreenSelect = "SELECT id AS Id, tenant AS Tenant, requested_by AS RequestedBy, created_at AS CreatedAt, kb_version AS KbVersion, " +
                                          "watchlist_version AS WatchlistVersion, status AS Status, cursor_run AS CursorRun, cursor_row AS CursorRow, " +
                                          "runs_total AS RunsTotal, runs_done AS RunsDone, rows_checked AS RowsChecked, rows_changed AS RowsChanged, " +
                                          "rows_not_rescreenable AS RowsNotRescreenable, error AS Error, finished_at AS FinishedAt FROM rescreens";

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> TenantsWithRunsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>("SELECT DISTINCT tenant FROM runs WHERE status = 'complete' ORDER BY tenant")).ToList();
    }

    /// <inheritdoc />
    public async Task<int> CountStaleRunsAsync(string tenant, string kbVersion, string watchlistVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (int)await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM runs WHERE tenant = @tenant AND {Stale}",
            new { tenant, kb = kbVersion, lists = watchlistVersion });
    }

    /// <inheritdoc />
    public async Task<ScreeningRun?> NextStaleRunAsync(string tenant, string kbVersion, string watchlistVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryFirstOrDefaultAsync<RunRow>($"{RunSelect} WHERE tenant = @tenant AND {Stale} ORDER BY created_at, id LIMIT 1",
            new { tenant, kb = kbVersion, lists = watchlistVersion }))?.ToRun();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseRow>> RunRowsAfterAsync(string tenant, string runId, long afterRowId, int limit,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<CaseRowRow>(
                $"SELECT {RowColumns} FROM {RowsWithScopes} JOIN runs ON runs.id = r.run_id WHERE r.tenant = @tenant AND r.run_id = @runId AND r.id > @afterRowId ORDER BY r.id LIMIT @limit",
                new { tenant, runId, afterRowId, limit = Math.Clamp(limit, 1, 10_000) }))
            .Select(r => r.ToRow()).ToList();
    }

    /// <inheritdoc />
    public async Task CreateRescreenAsync(Rescreen rescreen, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO rescreens (id, tenant, requested_by, created_at, kb_version, watchlist_version, status, cursor_run, cursor_row, runs_total) " +
            "VALUES (@Id, @Tenant, @RequestedBy, @created, @KbVersion, @WatchlistVersion, @status, NULL, 0, @RunsTotal)",
            new { rescreen.Id, rescreen.Tenant, rescreen.RequestedBy, created = Text(rescreen.CreatedAt), rescreen.KbVersion, rescreen.WatchlistVersion,
                status = Name(rescreen.Status), rescreen.RunsTotal });
    }

    /// <inheritdoc />
    public async Task<Rescreen?> GetRescreenAsync(string tenant, string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QuerySingleOrDefaultAsync<RescreenRow>(RescreenSelect + " WHERE id = @id AND tenant = @tenant", new { id, tenant }))?.ToRescreen();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Rescreen>> ListRescreensAsync(string tenant, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RescreenRow>(RescreenSelect + " WHERE tenant = @tenant ORDER BY created_at DESC, id LIMIT @limit",
            new { tenant, limit = Math.Clamp(limit, 1, 1000) })).Select(r => r.ToRescreen()).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Rescreen>> UnfinishedRescreensAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RescreenRow>(RescreenSelect + " WHERE status IN ('queued', 'running') ORDER BY created_at, id"))
            .Select(r => r.ToRescreen()).ToList();
    }

    /// <inheritdoc />
    public async Task SaveBatchAsync(Rescreen progress, IReadOnlyList<RowRaise> raises, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var raise in raises)
        {
            // The row as it is inside this transaction: a disposition made while the batch was screened is in "before", not lost.
            if (await GetRow(connection, transaction, progress.Tenant, raise.RowId) is not { } before)
            {
                continue;
            }

            await connection.ExecuteAsync(
                "UPDATE case_rows SET status = @Status, risk = @Risk, score = @Score, jurisdictions = @Jurisdictions, result = @Result, scope_digest = NULL, structures = @structures, disposition = NULL, " +
                "version = version + 1, raised_reason = @Reason, raised_cause = @Cause, raised_at = @at WHERE id = @RowId AND tenant = @tenant",
                new { raise.Status, raise.Risk, raise.Score, raise.Jurisdictions, raise.Result, raise.Reason, raise.Cause, at = Text(at), raise.RowId,
                    structures = raise.Structures.Count == 0 ? null : JsonSerializer.Serialize(raise.Structures),
                    tenant = progress.Tenant }, transaction);
            await Audit(connection, transaction, progress.Tenant, at, progress.RequestedBy, "row.raise", $"row:{raise.RowId}",
                JsonSerializer.Serialize(new { status = before.Status, risk = before.Risk, disposition = before.Disposition, version = before.Version }),
                JsonSerializer.Serialize(new
                {
                    status = raise.Status, risk = raise.Risk, disposition = (string?)null, version = before.Version + 1, reason = raise.Reason,
                    cause = JsonNode.Parse(raise.Cause), rescreen = progress.Id,
                }));
        }

        await SaveProgress(connection, transaction, progress);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task CompleteRescreenRunAsync(Rescreen progress, string runId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await connection.QuerySingleAsync<(string KbVersion, string? WatchlistVersion)>(
            "SELECT kb_version, watchlist_version FROM runs WHERE id = @runId AND tenant = @tenant", new { runId, tenant = progress.Tenant }, transaction);
        await connection.ExecuteAsync("UPDATE runs SET kb_version = @kb, watchlist_version = @lists WHERE id = @runId AND tenant = @tenant",
            new { kb = progress.KbVersion, lists = progress.WatchlistVersion, runId, tenant = progress.Tenant }, transaction);
        await Audit(connection, transaction, progress.Tenant, at, progress.RequestedBy, "run.rescreen", $"run:{runId}",
            JsonSerializer.Serialize(new { kb_version = before.KbVersion, watchlist_version = before.WatchlistVersion }),
            JsonSerializer.Serialize(new { kb_version = progress.KbVersion, watchlist_version = progress.WatchlistVersion, rescreen = progress.Id }));
        await SaveProgress(connection, transaction, progress);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task FinishRescreenAsync(string id, RunStatus status, string? error, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE rescreens SET status = @status, error = @error, finished_at = @at WHERE id = @id",
            new { id, status = Name(status), error, at = Text(at) });
    }

    private static Task SaveProgress(DbConnection connection, DbTransaction transaction, Rescreen progress) =>
        connection.ExecuteAsync(
            "UPDATE rescreens SET status = @status, cursor_run = @CursorRun, cursor_row = @CursorRow, runs_total = @RunsTotal, runs_done = @RunsDone, " +
            "rows_checked = @RowsChecked, rows_changed = @RowsChanged, rows_not_rescreenable = @RowsNotRescreenable WHERE id = @Id AND tenant = @Tenant",
            new { status = Name(progress.Status), progress.CursorRun, progress.CursorRow, progress.RunsTotal, progress.RunsDone, progress.RowsChecked,
                progress.RowsChanged, progress.RowsNotRescreenable, progress.Id, progress.Tenant }, transaction);

    private sealed record RescreenRow(string Id, string Tenant, string RequestedBy, string CreatedAt, string KbVersion, string WatchlistVersion, string Status,
        string? CursorRun, long CursorRow, long RunsTotal, long RunsDone, long RowsChecked, long RowsChanged, long RowsNotRescreenable, string? Error,
        string? FinishedAt)
    {
        public Rescreen ToRescreen() => new()
        {
            Id = Id, Tenant = Tenant, RequestedBy = RequestedBy, CreatedAt = Time(CreatedAt), KbVersion = KbVersion, WatchlistVersion = WatchlistVersion,
            Status = Enum.Parse<RunStatus>(Status, ignoreCase: true), CursorRun = CursorRun, CursorRow = CursorRow, RunsTotal = (int)RunsTotal,
            RunsDone = (int)RunsDone, RowsChecked = RowsChecked, RowsChanged = RowsChanged, RowsNotRescreenable = RowsNotRescreenable, Error = Error,
            FinishedAt = Time(FinishedAt, true),
        };
    }
}
