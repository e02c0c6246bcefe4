using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;

namespace Cordon.Storage;

/// <summary>The SQL both providers share (standard SQL with RETURNING); a provider supplies connections and its migrations.
/// Times are stored as ISO-8601 UTC text so that both databases sort and compare them alike.</summary>
public abstract partial class SqlCaseStore : ICaseStore
{
    /// <summary>Opens a connection to the database.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>The provider's migrations, in version order.</summary>
    protected abstract IReadOnlyList<Migration> Migrations { get; }

    /// <inheritdoc />
    public int ExpectedSchemaVersion => Migrations.Max(m => m.Version);

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
        var current = await CurrentVersion(connection);
        if (current > ExpectedSchemaVersion)
        {
            throw new InvalidOperationException(
                $"the database is at schema version {current}, newer than this build of Cordon ({ExpectedSchemaVersion}); upgrade Cordon");
        }

        // Every step not yet recorded is applied, lowest version first: versions need not be contiguous, and a step numbered
        // below one already applied (branches developed side by side) is still applied rather than skipped.
        var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_version")).Select(v => (int)v).ToHashSet();
        foreach (var migration in Migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(migration.Sql, transaction: transaction);
            await connection.ExecuteAsync("INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)",
                new { version = migration.Version, at = Text(DateTimeOffset.UtcNow) }, transaction);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await CurrentVersion(connection);
    }

    private static async Task<int> CurrentVersion(DbConnection connection)
    {
        try
        {
            return await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_version") ?? 0;
        }
        catch (DbException)
        {
            return 0;
        }
    }

    /// <inheritdoc />
    public async Task<bool> HasUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM users") > 0;
    }

    /// <inheritdoc />
    public async Task<StoredUser?> CreateUserAsync(string tenant, string name, Role role, string? passwordHash, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM users WHERE name = @name", new { name }) > 0)
        {
            return null;
        }

        var id = await connection.ExecuteScalarAsync<long>(
            "INSERT INTO users (tenant, name, role, password_hash, created_at, disabled) VALUES (@tenant, @name, @role, @passwordHash, @at, 0) RETURNING id",
            new { tenant, name, role = (int)role, passwordHash, at = Text(at) });
        return new StoredUser(id, tenant, name, role, passwordHash, at, false);
    }

    /// <inheritdoc />
    public async Task<StoredUser?> FindUserAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(UserSelect + " WHERE name = @name", new { name });
        return row?.ToUser();
    }

    /// <inheritdoc />
    public async Task<StoredUser?> GetUserAsync(string tenant, long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(UserSelect + " WHERE id = @id AND tenant = @tenant", new { id, tenant });
        return row?.ToUser();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredUser>> ListUsersAsync(string tenant, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<UserRow>(UserSelect + " WHERE tenant = @tenant ORDER BY name", new { tenant })).Select(r => r.ToUser()).ToList();
    }

    /// <inheritdoc />
    public async Task CreateApiKeyAsync(ApiKey key, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO api_keys (id, tenant, user_id, role, secret_hash, label, created_at, expires_at, revoked_at) " +
            "VALUES (@Id, @Tenant, @UserId, @role, @SecretHash, @Label, @created, @expires, NULL)",
            new { key.Id, key.Tenant, key.UserId, role = (int)key.Role, key.SecretHash, key.Label, created = Text(key.CreatedAt), expires = Text(key.ExpiresAt) });
    }

    /// <inheritdoc />
    public async Task<ApiKey?> FindApiKeyAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QuerySingleOrDefaultAsync<KeyRow>(KeySelect + " WHERE id = @id", new { id }))?.ToKey();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ApiKey>> ListApiKeysAsync(string tenant, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<KeyRow>(KeySelect + " WHERE tenant = @tenant ORDER BY created_at", new { tenant })).Select(k => k.ToKey()).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> RevokeApiKeyAsync(string tenant, string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("UPDATE api_keys SET revoked_at = @at WHERE id = @id AND tenant = @tenant AND revoked_at IS NULL",
            new { id, tenant, at = Text(at) }) == 1;
    }

    /// <inheritdoc />
    public async Task AppendAuditAsync(string tenant, DateTimeOffset at, string actor, string action, string target, string? before, string? after,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await Audit(connection, null, tenant, at, actor, action, target, before, after);
    }

    private static Task Audit(DbConnection connection, DbTransaction? transaction, string tenant, DateTimeOffset at, string actor, string action,
        string target, string? before, string? after) =>
        connection.ExecuteAsync(
            "INSERT INTO audit (tenant, at, actor, action, target, before_state, after_state) VALUES (@tenant, @at, @actor, @action, @target, @before, @after)",
            new { tenant, at = Text(at), actor, action, target, before, after }, transaction);

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string tenant, AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var sql = "SELECT id AS Id, tenant AS Tenant, at AS At, actor AS Actor, action AS Action, target AS Target, before_state AS Before, " +
                  "after_state AS After FROM audit WHERE tenant = @tenant" +
                  (query.Actor is null ? "" : " AND actor = @actor") +
                  (query.Action is null ? "" : " AND action = @action") +
                  (query.Target is null ? "" : " AND target = @target") +
                  (query.From is null ? "" : " AND at >= @from") +
                  (query.To is null ? "" : " AND at < @to") +
                  " ORDER BY id DESC LIMIT @limit";
        var rows = await connection.QueryAsync<AuditRow>(sql, new
        {
            tenant, actor = query.Actor, action = query.Action, target = query.Target, from = Text(query.From), to = Text(query.To),
            limit = Math.Clamp(query.Limit, 1, 100_000),
        });
        return rows.Select(r => new AuditEntry(r.Id, r.Tenant, Time(r.At), r.Actor, r.Action, r.Target, r.Before, r.After)).ToList();
    }

    /// <inheritdoc />
    public async Task CreateRunAsync(ScreeningRun run, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO runs (id, tenant, created_by, created_at, input_name, input_sha256, options, kb_version, watchlist_version, status, rows_stored, error, finished_at) " +
            "VALUES (@Id, @Tenant, @CreatedBy, @created, @InputName, @InputSha256, @Options, @KbVersion, @WatchlistVersion, @status, 0, NULL, NULL)",
            new { run.Id, run.Tenant, run.CreatedBy, created = Text(run.CreatedAt), run.InputName, run.InputSha256, run.Options, run.KbVersion,
                run.WatchlistVersion, status = Name(RunStatus.Queued) });
    }

    /// <inheritdoc />
    public async Task StartRunAsync(string id, string? watchlistVersion = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE runs SET status = @status, watchlist_version = COALESCE(@lists, watchlist_version) WHERE id = @id",
            new { id, status = Name(RunStatus.Running), lists = watchlistVersion });
    }

    /// <inheritdoc />
    public async Task FailRunAsync(string id, string error, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM case_rows WHERE run_id = @id", new { id }, transaction);
        await connection.ExecuteAsync("UPDATE runs SET status = @status, rows_stored = 0, error = @error, finished_at = @at WHERE id = @id",
            new { id, status = Name(RunStatus.Failed), error, at = Text(at) }, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScreeningRun>> UnfinishedRunsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RunRow>(RunSelect + " WHERE status IN ('queued', 'running') ORDER BY created_at")).Select(r => r.ToRun()).ToList();
    }

    /// <inheritdoc />
    public async Task<ScreeningRun?> GetRunAsync(string tenant, string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QuerySingleOrDefaultAsync<RunRow>(RunSelect + " WHERE id = @id AND tenant = @tenant", new { id, tenant }))?.ToRun();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScreeningRun>> ListRunsAsync(string tenant, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RunRow>(RunSelect + " WHERE tenant = @tenant ORDER BY created_at DESC LIMIT @limit",
            new { tenant, limit = Math.Clamp(limit, 1, 1000) })).Select(r => r.ToRun()).ToList();
    }

    /// <inheritdoc />
    public async Task<RowPage> ListRowsAsync(string tenant, RowQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var where = "r.tenant = @tenant AND runs.status = 'complete'" +
                    (query.RunId is null ? "" : " AND r.run_id = @run") +
                    (query.Status is null ? "" : " AND r.status = @status") +
                    (query.Risk is null ? "" : " AND r.risk = @risk") +
                    (query.Jurisdiction is null ? "" : " AND (',' || r.jurisdictions || ',') LIKE @jurisdiction") +
                    (query.Party is null ? "" : " AND (LOWER(r.shipper) LIKE @party OR LOWER(r.consignee) LIKE @party OR LOWER(r.notify_party) LIKE @party)") +
                    (query.HsChapter is null ? "" : " AND substr(r.hs_code, 1, 2) = @chapter") +
                    (query.Text is null ? "" : " AND LOWER(r.description) LIKE @text") +
                    (query.Shipper is null ? "" : " AND LOWER(r.shipper) LIKE @shipper") +
                    (query.Consignee is null ? "" : " AND LOWER(r.consignee) LIKE @consignee") +
                    (query.Country is null ? "" : " AND (LOWER(r.origin) = @country OR LOWER(r.destination) = @country)") +
                    (query.Port is null ? "" : " AND (LOWER(r.port_of_loading) LIKE @port OR LOWER(r.port_of_discharge) LIKE @port)") +
                    (query.Since is null ? "" : " AND runs.created_at >= @since") +
                    (query.Until is null ? "" : " AND runs.created_at < @until") +
                    (query.RaisedOnly ? " AND r.raised_at IS NOT NULL" : "") +
                    (query.RaisedByKbOnly ? " AND r.raised_reason LIKE 'new since kb %'" : "") +
                    (query.Assignee is null ? "" : " AND r.assignee = @assignee") +
                    (query.UnassignedOnly ? " AND r.assignee IS NULL" : "") +
                    // A raised row is in the queue even when it became clear: someone must see that the law no longer holds it.
                    (query.UndecidedOnly ? " AND r.disposition IS NULL AND (r.status <> 'clear' OR r.raised_at IS NOT NULL)" : "");
        var parameters = new
        {
            tenant, run = query.RunId, status = query.Status, risk = query.Risk,
            jurisdiction = query.Jurisdiction is null ? null : $"%,{query.Jurisdiction},%",
            party = Like(query.Party), chapter = query.HsChapter, text = Like(query.Text), assignee = query.Assignee,
            shipper = Like(query.Shipper), consignee = Like(query.Consignee), country = query.Country?.ToLowerInvariant(), port = Like(query.Port),
            since = query.Since is { } from ? from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            until = query.Until is { } to ? to.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            offset = Math.Max(0, query.Offset), limit = Math.Clamp(query.Limit, 1, 500),
        };
        var order = OrderBy(query);
        var total = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM case_rows r JOIN runs ON runs.id = r.run_id WHERE {where}", parameters);
        // The page's ids first, then their rows: sorting and skipping only keys, not each row's result (kilobytes of JSON), made a
        // page deep in a 100,000-row queue five times faster on SQLite.
        var rows = await connection.QueryAsync<CaseRowRow>(
            $"SELECT {RowColumns} FROM {RowsWithScopes} JOIN runs ON runs.id = r.run_id WHERE r.id IN " +
            $"(SELECT r.id FROM case_rows r JOIN runs ON runs.id = r.run_id WHERE {where} ORDER BY {order} LIMIT @limit OFFSET @offset) ORDER BY {order}",
            parameters);
        return new RowPage(rows.Select(r => r.ToRow()).ToList(), total);
    }

    // Sort keys map to columns here only; an unknown key is refused, never passed into the SQL.
    private static string OrderBy(RowQuery query)
    {
        var column = query.Sort switch
        {
            "score" => "r.score",
            "line" => "r.run_id, r.line",
            "risk" => "CASE r.risk WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END",
            "status" => "r.status",
            "hs_code" => "r.hs_code",
            "shipper" => "LOWER(r.shipper)",
            "consignee" => "LOWER(r.consignee)",
            "assignee" => "r.assignee",
            "id" => "r.id",
            _ => throw new ArgumentException($"unknown sort key '{query.Sort}'", nameof(query)),
        };
        var direction = query.Descending ?? query.Sort == "score" ? " DESC" : " ASC";
        // Empty text sorts last either way, which SQLite and PostgreSQL otherwise order differently; ties go by row id.
        var nullsLast = query.Sort is "hs_code" or "shipper" or "consignee" or "assignee" ? $"CASE WHEN {column} IS NULL THEN 1 ELSE 0 END, " : "";
        var ordered = string.Join(", ", column.Split(", ").Select(c => c + direction));
        return $"{nullsLast}{ordered}, r.id";
    }

    private static string? Like(string? text) => text is null ? null : "%" + text.ToLowerInvariant().Replace("%", "").Replace("_", "") + "%";

    /// <inheritdoc />
    public async Task<CaseRow?> GetRowAsync(string tenant, long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await GetRow(connection, null, tenant, id);
    }

    private static async Task<CaseRow?> GetRow(DbConnection connection, DbTransaction? transaction, string tenant, long id) =>
        (await connection.QuerySingleOrDefaultAsync<CaseRowRow>(
            $"SELECT {RowColumns} FROM {RowsWithScopes} JOIN runs ON runs.id = r.run_id WHERE r.id = @id AND r.tenant = @tenant AND runs.status = 'complete'",
            new { id, tenant }, transaction))?.ToRow();

    /// <inheritdoc />
    public async Task<IReadOnlyList<DispositionRecord>> ListDispositionsAsync(string tenant, long rowId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DispositionRow>(
            "SELECT id AS Id, row_id AS RowId, at AS At, actor AS Actor, disposition AS Disposition, note AS Note FROM dispositions " +
            "WHERE row_id = @rowId AND tenant = @tenant ORDER BY id", new { rowId, tenant });
        return rows.Select(r => new DispositionRecord(r.Id, r.RowId, Time(r.At), r.Actor, r.Disposition, r.Note)).ToList();
    }

    /// <summary>A time as stored: ISO-8601 UTC with a fixed width, so text order is time order.</summary>
    protected static string? Text(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string Text(DateTimeOffset at) => Text((DateTimeOffset?)at)!;

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateTimeOffset? Time(string? text, bool _) => text is null ? null : Time(text);

    private static string Name(RunStatus status) => status.ToString().ToLowerInvariant();

    private const string UserSelect = "SELECT id AS Id, tenant AS Tenant, name AS Name, role AS Role, password_hash AS PasswordHash, created_at AS CreatedAt, disabled AS Disabled FROM users";

    private const string KeySelect = "SELECT id AS Id, tenant AS Tenant, user_id AS UserId, role AS Role, secret_hash AS SecretHash, label AS Label, " +
                                     "created_at AS CreatedAt, expires_at AS ExpiresAt, revoked_at AS RevokedAt FROM api_keys";

    private const string RunSelect = "SELECT id AS Id, tenant AS Tenant, created_by AS CreatedBy, created_at AS CreatedAt, input_name AS InputName, " +
                                     "input_sha256 AS InputSha256, options AS Options, kb_version AS KbVersion, watchlist_version AS WatchlistVersion, status AS Status, rows_stored AS RowsStored, " +
                                     "error AS Error, finished_at AS FinishedAt FROM runs";

    private const string RowColumns = "r.id AS Id, r.run_id AS RunId, r.tenant AS Tenant, r.line AS Line, r.status AS Status, r.risk AS Risk, r.score AS Score, " +
                                      "r.description AS Description, r.shipper AS Shipper, r.consignee AS Consignee, r.hs_code AS HsCode, " +
                                      "r.jurisdictions AS Jurisdictions, r.result AS Result, r.disposition AS Disposition, r.version AS Version, " +
                                      "r.record AS Record, r.raised_reason AS RaisedReason, r.raised_cause AS RaisedCause, r.raised_at AS RaisedAt, " +
                                      "r.notify_party AS NotifyParty, r.assignee AS Assignee, r.structures AS Structures, s.scope AS Scope, " +
                                      "r.origin AS Origin, r.destination AS Destination, r.port_of_loading AS PortOfLoading, " +
                                      "r.port_of_discharge AS PortOfDischarge, r.quantity AS Quantity, runs.created_at AS ScreenedAt";

    // Every row query reads through this join, which puts back the scope a row's result was stored without.
    private const string RowsWithScopes = "case_rows r LEFT JOIN result_scopes s ON s.digest = r.scope_digest";

    // Row shapes as Dapper reads them (the databases differ in integer widths: everything numeric is read as long/double).
    private sealed record UserRow(long Id, string Tenant, string Name, long Role, string? PasswordHash, string CreatedAt, long Disabled)
    {
        public StoredUser ToUser() => new(Id, Tenant, Name, (Storage.Role)Role, PasswordHash, Time(CreatedAt), Disabled != 0);
    }

    private sealed record KeyRow(string Id, string Tenant, long UserId, long Role, string SecretHash, string Label, string CreatedAt, string? ExpiresAt,
        string? RevokedAt)
    {
        public ApiKey ToKey() => new(Id, Tenant, UserId, (Storage.Role)Role, SecretHash, Label, Time(CreatedAt), Time(ExpiresAt, true), Time(RevokedAt, true));
    }

    private sealed record AuditRow(long Id, string Tenant, string At, string Actor, string Action, string Target, string? Before, string? After);

    private sealed record RunRow(string Id, string Tenant, string CreatedBy, string CreatedAt, string InputName, string InputSha256, string Options,
        string KbVersion, string? WatchlistVersion, string Status, long RowsStored, string? Error, string? FinishedAt)
    {
        public ScreeningRun ToRun() => new()
        {
            Id = Id, Tenant = Tenant, CreatedBy = CreatedBy, CreatedAt = Time(CreatedAt), InputName = InputName, InputSha256 = InputSha256,
            Options = Options, KbVersion = KbVersion, WatchlistVersion = WatchlistVersion, Status = Enum.Parse<RunStatus>(Status, ignoreCase: true), Rows = (int)RowsStored, Error = Error,
            FinishedAt = Time(FinishedAt, true),
        };
    }

    private sealed record CaseRowRow(long Id, string RunId, string Tenant, long Line, string Status, string Risk, double Score, string? Description,
        string? Shipper, string? Consignee, string? HsCode, string? Jurisdictions, string Result, string? Disposition, long Version, string? Record,
        string? RaisedReason, string? RaisedCause, string? RaisedAt, string? NotifyParty,
        string? Assignee, string? Structures, string? Scope, string? Origin, string? Destination, string? PortOfLoading, string? PortOfDischarge,
        string? Quantity, string? ScreenedAt)
    {
        public CaseRow ToRow() => new()
        {
            Id = Id, RunId = RunId, Tenant = Tenant, Line = (int)Line, Status = Status, Risk = Risk, Score = Score, Description = Description,
            Shipper = Shipper, Consignee = Consignee, HsCode = HsCode, Jurisdictions = Jurisdictions, Result = ResultScopes.Whole(Result, Scope), Disposition = Disposition,
            Version = (int)Version, Record = Record, RaisedReason = RaisedReason, RaisedCause = RaisedCause, RaisedAt = Time(RaisedAt, true),
            NotifyParty = NotifyParty, Assignee = Assignee, Origin = Origin, Destination = Destination, PortOfLoading = PortOfLoading,
            PortOfDischarge = PortOfDischarge, Quantity = Quantity, ScreenedAt = Time(ScreenedAt, true),
            Structures = Structures is null ? [] : JsonSerializer.Deserialize<List<CaseStructure>>(Structures) ?? [],
        };
    }

    private sealed record DispositionRow(long Id, long RowId, string At, string Actor, string Disposition, string? Note);
}
