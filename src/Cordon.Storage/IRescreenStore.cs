namespace Cordon.Storage;

/// <summary>The case store's part for re-screening: which runs are out of date, their rows in id order, and re-screen jobs whose
/// every batch (raised rows, audit, cursor) is one transaction.</summary>
public interface IRescreenStore
{
    /// <summary>Teams with a complete run (each team's watch lists may have their own version: see <see cref="CountStaleRunsAsync"/>).</summary>
    Task<IReadOnlyList<string>> TenantsWithRunsAsync(CancellationToken cancellationToken = default);

    /// <summary>How many of the team's complete runs are out of date.</summary>
    Task<int> CountStaleRunsAsync(string tenant, string kbVersion, string watchlistVersion, CancellationToken cancellationToken = default);

    /// <summary>The team's oldest out-of-date complete run, or null.</summary>
    Task<ScreeningRun?> NextStaleRunAsync(string tenant, string kbVersion, string watchlistVersion, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> rows of a run with an id above <paramref name="afterRowId"/>, in id order.</summary>
    Task<IReadOnlyList<CaseRow>> RunRowsAfterAsync(string tenant, string runId, long afterRowId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Records a new re-screen.</summary>
    Task CreateRescreenAsync(Rescreen rescreen, CancellationToken cancellationToken = default);

    /// <summary>A re-screen of the team, or null.</summary>
    Task<Rescreen?> GetRescreenAsync(string tenant, string id, CancellationToken cancellationToken = default);

    /// <summary>The team's re-screens, newest first.</summary>
    Task<IReadOnlyList<Rescreen>> ListRescreensAsync(string tenant, int limit, CancellationToken cancellationToken = default);

    /// <summary>Re-screens left queued or running (by a stopped process, or waiting), oldest first.</summary>
    Task<IReadOnlyList<Rescreen>> UnfinishedRescreensAsync(CancellationToken cancellationToken = default);

    /// <summary>In one transaction: updates each raised row (new result, back to undecided, reason and cause; its disposition
    /// history stays), audits each raise (<c>row.raise</c>, before → after), and saves the re-screen's cursor and counts.</summary>
    Task SaveBatchAsync(Rescreen progress, IReadOnlyList<RowRaise> raises, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>In one transaction: records that the run is current with the re-screen's versions (audited as
    /// <c>run.rescreen</c>) and saves the re-screen's progress.</summary>
    Task CompleteRescreenRunAsync(Rescreen progress, string runId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Marks a re-screen complete or failed.</summary>
    Task FinishRescreenAsync(string id, RunStatus status, string? error, DateTimeOffset at, CancellationToken cancellationToken = default);
}
