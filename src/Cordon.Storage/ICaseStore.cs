namespace Cordon.Storage;

/// <summary>Cordon's case store: users and keys, screening runs with their rows, dispositions, and the audit log. One
/// interface, one provider per database (SQLite, PostgreSQL); every read that takes an id also takes the caller's team.</summary>
public interface ICaseStore : IRescreenStore, IPartyRecords, INetworkDecisions, IKbSnapshots
{
    /// <summary>The schema version this build expects; <see cref="MigrateAsync"/> brings the database to it.</summary>
    int ExpectedSchemaVersion { get; }

    /// <summary>Applies every pending migration; refuses a database newer than this build.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>The database's schema version (0 when empty).</summary>
    Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>True when no user exists yet (the first start).</summary>
    Task<bool> HasUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a user; null when the name is taken.</summary>
    Task<StoredUser?> CreateUserAsync(string tenant, string name, Role role, string? passwordHash, DateTimeOffset at,
        CancellationToken cancellationToken = default);

    /// <summary>A user by name (any team: names are unique in the store), or null.</summary>
    Task<StoredUser?> FindUserAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>A user by id, within a team.</summary>
    Task<StoredUser?> GetUserAsync(string tenant, long id, CancellationToken cancellationToken = default);

    /// <summary>The team's users.</summary>
    Task<IReadOnlyList<StoredUser>> ListUsersAsync(string tenant, CancellationToken cancellationToken = default);

    /// <summary>Stores a new key.</summary>
    Task CreateApiKeyAsync(ApiKey key, CancellationToken cancellationToken = default);

    /// <summary>A key by its public id, or null.</summary>
    Task<ApiKey?> FindApiKeyAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The team's keys.</summary>
    Task<IReadOnlyList<ApiKey>> ListApiKeysAsync(string tenant, CancellationToken cancellationToken = default);

    /// <summary>Revokes a key of the team; false when there is no such key or it was already revoked.</summary>
    Task<bool> RevokeApiKeyAsync(string tenant, string id, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Appends to the audit log.</summary>
    Task AppendAuditAsync(string tenant, DateTimeOffset at, string actor, string action, string target, string? before, string? after,
        CancellationToken cancellationToken = default);

    /// <summary>The team's audit log, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string tenant, AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>Records a new run (queued).</summary>
    Task CreateRunAsync(ScreeningRun run, CancellationToken cancellationToken = default);

    /// <summary>Marks a run running, screened against the watch lists of <paramref name="watchlistVersion"/> (null keeps the one recorded).</summary>
    Task StartRunAsync(string id, string? watchlistVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Stores every row of a run and marks it complete, in one transaction: a crash leaves no half run.</summary>
    Task CompleteRunAsync(string id, IReadOnlyList<CaseRow> rows, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Opens a run's one transaction to stream its rows into as they are screened; the run and its rows become visible
    /// together when the writer completes, and a crash or a disposal before that leaves none of them.</summary>
    Task<IRunRowWriter> OpenRunRowsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Marks a run failed with the reason; its rows (if any were written) are removed in the same transaction.</summary>
    Task FailRunAsync(string id, string error, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Runs left queued or running by a stopped process.</summary>
    Task<IReadOnlyList<ScreeningRun>> UnfinishedRunsAsync(CancellationToken cancellationToken = default);

    /// <summary>A run of the team, or null.</summary>
    Task<ScreeningRun?> GetRunAsync(string tenant, string id, CancellationToken cancellationToken = default);

    /// <summary>The team's runs, newest first.</summary>
    Task<IReadOnlyList<ScreeningRun>> ListRunsAsync(string tenant, int limit, CancellationToken cancellationToken = default);

    /// <summary>A page of the team's rows.</summary>
    Task<RowPage> ListRowsAsync(string tenant, RowQuery query, CancellationToken cancellationToken = default);

    /// <summary>A row of the team, or null.</summary>
    Task<CaseRow?> GetRowAsync(string tenant, long id, CancellationToken cancellationToken = default);

    /// <summary>Records a disposition if the row is still at <paramref name="expectedVersion"/>, and audits it, in one
    /// transaction.</summary>
    Task<DispositionOutcome> DisposeAsync(string tenant, long rowId, int expectedVersion, string disposition, string? note, string actor,
        DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Assigns a row to a user of the team (null unassigns) if the row is still at <paramref name="expectedVersion"/>, and
    /// audits it before → after, in one transaction.</summary>
    Task<DispositionOutcome> AssignAsync(string tenant, long rowId, int expectedVersion, string? assignee, string actor, DateTimeOffset at,
        CancellationToken cancellationToken = default);

    /// <summary>A row's dispositions, oldest first.</summary>
    Task<IReadOnlyList<DispositionRecord>> ListDispositionsAsync(string tenant, long rowId, CancellationToken cancellationToken = default);

    /// <summary>The team's rows counted for the overview: risk by day, top parties by high-risk rows, findings by jurisdiction and
    /// substance, dispositions; the <paramref name="top"/> largest of each ranking.</summary>
    Task<CaseOverview> OverviewAsync(string tenant, int top, CancellationToken cancellationToken = default);
}
