using System.Data.Common;
using System.Text;
using System.Text.Json;
using Dapper;

namespace Cordon.Storage;

/// <summary>A run's rows streamed into one open transaction (see <see cref="IRunRowWriter"/>).</summary>
public abstract partial class SqlCaseStore
{
    private static readonly string[] InsertColumns =
    [
        "run_id", "tenant", "line", "status", "risk", "score", "description", "shipper", "consignee", "notify_party", "hs_code", "jurisdictions", "result",
        "record", "structures", "scope_digest", "origin", "destination", "port_of_loading", "port_of_discharge", "quantity",
    ];

    /// <summary>The columns a provider's bulk path writes, in <see cref="InsertValues"/> order.</summary>
    protected static IReadOnlyList<string> RowInsertColumns => InsertColumns;

    /// <summary>The table a run's batches are written to inside its transaction: case_rows itself unless a provider stages them
    /// (see <see cref="BeginRunRowsAsync"/>).</summary>
    protected virtual string RunRowsTable => "case_rows";

    /// <summary>Opens the run's transaction; a provider may open it in another mode.</summary>
    protected virtual async Task<DbTransaction> BeginRunTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    /// <summary>Called once the run's transaction is open, before its first batch; a provider that stages rows creates the
    /// staging table here.</summary>
    protected virtual Task BeginRunRowsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called before the run is marked complete and committed; a provider that stages rows moves them into case_rows.</summary>
    protected virtual Task FinishRunRowsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <inheritdoc />
    public async Task<IRunRowWriter> OpenRunRowsAsync(string id, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            var transaction = await BeginRunTransactionAsync(connection, cancellationToken);
            await BeginRunRowsAsync(connection, transaction, cancellationToken);
            return new RunRowWriter(this, connection, transaction, id);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task CompleteRunAsync(string id, IReadOnlyList<CaseRow> rows, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var writer = await OpenRunRowsAsync(id, cancellationToken);
        await writer.WriteAsync(rows, cancellationToken);
        await writer.CompleteAsync(at, cancellationToken);
    }

    /// <summary>A row's values in <see cref="RowInsertColumns"/> order (null for SQL NULL).</summary>
    protected static object?[] InsertValues(CaseRow row) =>
    [
        row.RunId, row.Tenant, (long)row.Line, row.Status, row.Risk, row.Score, row.Description, row.Shipper, row.Consignee, row.NotifyParty, row.HsCode,
        row.Jurisdictions, row.Result, row.Record, row.Structures.Count == 0 ? null : JsonSerializer.Serialize(row.Structures),
        row.Scope is null ? null : ResultScopes.Digest(row.Scope), row.Origin, row.Destination, row.PortOfLoading, row.PortOfDischarge, row.Quantity,
    ];

    /// <summary>Inserts rows inside the run's transaction through one prepared single-row INSERT; a provider may override it
    /// with a bulk path.</summary>
    /// <remarks>One row per statement, not many: Microsoft.Data.Sqlite binds each named parameter by a lookup over the
    /// statement's parameters, so a 64-row statement (960 parameters) bound five times slower per row than this.</remarks>
    protected virtual async Task InsertRowsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<CaseRow> rows,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder("INSERT INTO ").Append(RunRowsTable).Append(" (").AppendJoin(", ", InsertColumns).Append(", version) VALUES (");
        for (var c = 0; c < InsertColumns.Length; c++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{c}";
            command.Parameters.Add(parameter);
            sql.Append(parameter.ParameterName).Append(", ");
        }

        command.CommandText = sql.Append("0)").ToString();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            var values = InsertValues(row);
            for (var c = 0; c < values.Length; c++)
            {
                command.Parameters[c].Value = values[c] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // Holds the run's connection and transaction from the first row to the commit; disposing it uncommitted rolls back.
    private sealed class RunRowWriter(SqlCaseStore store, DbConnection connection, DbTransaction transaction, string runId) : IRunRowWriter
    {
        // The run's distinct scopes by digest, stored with the commit (for SQLite: not before the final move, so that the
        // run takes the database's write lock only then).
        private readonly Dictionary<string, string> _scopes = new(StringComparer.Ordinal);
        private bool _committed;

        public long Written { get; private set; }

        public async Task WriteAsync(IReadOnlyList<CaseRow> rows, CancellationToken cancellationToken = default)
        {
            ObjectDisposedException.ThrowIf(_committed, this);
            if (rows.Count == 0)
            {
                return;
            }

            await store.InsertRowsAsync(connection, transaction, rows, cancellationToken);
            Written += rows.Count;
            foreach (var row in rows)
            {
                if (row.Scope is { } scope)
                {
                    _scopes.TryAdd(ResultScopes.Digest(scope), scope);
                }
            }
        }

        public async Task CompleteAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
        {
            ObjectDisposedException.ThrowIf(_committed, this);
            await store.FinishRunRowsAsync(connection, transaction, cancellationToken);
            foreach (var (digest, scope) in _scopes)
            {
                await connection.ExecuteAsync("INSERT INTO result_scopes (digest, scope) VALUES (@digest, @scope) ON CONFLICT (digest) DO NOTHING",
                    new { digest, scope }, transaction);
            }

            await connection.ExecuteAsync("UPDATE runs SET status = @status, rows_stored = @count, finished_at = @at WHERE id = @id",
                new { id = runId, status = Name(RunStatus.Complete), count = Written, at = Text(at) }, transaction);
            await transaction.CommitAsync(cancellationToken);
            _committed = true;
        }

        public async ValueTask DisposeAsync()
        {
            // An uncommitted transaction is rolled back when disposed: the run's rows go with it.
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
