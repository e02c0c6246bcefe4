using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Cordon.Storage.Sqlite;

/// <summary>The embedded case store: one SQLite file, nothing to start. Write-ahead logging lets the API read while a job
/// writes; the busy timeout makes concurrent writers wait rather than fail.</summary>
public sealed class SqliteCaseStore(string path) : SqlCaseStore
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>The database file.</summary>
    public string Path => path;

    /// <inheritdoc />
    protected override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    // A run's rows go first to a TEMP table: writing it takes no lock on the database file, so dispositions and other writes
    // go on while a job screens; the rows move into case_rows in one statement just before the commit. The staging table is
    // created inside the run's transaction, so a rollback or a crash (the temp file is the connection's own) leaves nothing.
    private const string StagingTable = "temp.run_rows_staged";

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = new();
    private static readonly object Marker = new();

    /// <inheritdoc />
    protected override string RunRowsTable => StagingTable;

    /// <inheritdoc />
    /// <remarks>Deferred, not the provider's default IMMEDIATE: the database file's write lock is taken only by the final move.
    /// Nothing in the run reads the main database before that move, so no stale snapshot can refuse it.</remarks>
    protected override Task<DbTransaction> BeginRunTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    /// <inheritdoc />
    protected override async Task BeginRunRowsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition($"CREATE TABLE {StagingTable} ({string.Join(", ", RowInsertColumns)}, version)",
            transaction: transaction, cancellationToken: cancellationToken));

    /// <inheritdoc />
    protected override async Task FinishRunRowsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", RowInsertColumns) + ", version";
        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO main.case_rows ({columns}) SELECT {columns} FROM {StagingTable}; DROP TABLE {StagingTable};",
            transaction: transaction, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // The settings belong to the native connection, which the pool keeps open and hands out again: they are set once per
        // native connection, not on every open (four statements on each request's key and user lookups).
        if (connection.Handle is { } handle && !Configured.TryGetValue(handle, out _))
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            Configured.AddOrUpdate(handle, Marker);
        }

        return connection;
    }
}
