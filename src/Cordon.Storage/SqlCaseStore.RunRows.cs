using System.Data.Common;
using System.Text;
using System.Text.Json;
using Dapper;

namespace Cordon.Storage;

/// <summary>A run's rows streamed into one open transaction (see <see cref="IRunRowWriter"/>).</summary>
public abstract partial class SqlCaseStore
{
    /// <summary>Rows per INSERT statement of the default insert path (16 parameters each, well under SQLite's limit).</summary>
    private const int RowsPerStatement = 64;

    private static readonly string[] InsertColumns =
    [
        "run_id", "tenant", "line", "status", "risk", "score", "description", "shipper", "consignee", "notify_party", "hs_code", "jurisdictions", "result",
        "record", "structures",
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
    ];

    /// <summary>Inserts rows inside the run's transaction, <see cref="RowsPerStatement"/> to a statement; a provider may override
    /// it with a bulk path.</summary>
    protected virtual async Task InsertRowsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<CaseRow> rows,
        CancellationToken cancellationToken)
    {
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += RowsPerStatement)
            {
                var count = Math.Min(RowsPerStatement, rows.Count - start);
                // The full-size statement is prepared once per batch; a shorter tail gets its own.
                var command = count == RowsPerStatement ? full ??= await InsertCommand(connection, transaction, count, cancellationToken)
                    : await InsertCommand(connection, transaction, count, cancellationToken);
                for (var i = 0; i < count; i++)
                {
                    var values = InsertValues(rows[start + i]);
                    for (var c = 0; c < values.Length; c++)
                    {
                        command.Parameters[i * values.Length + c].Value = values[c] ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private async Task<DbCommand> InsertCommand(DbConnection connection, DbTransaction transaction, int rows, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder("INSERT INTO ").Append(RunRowsTable).Append(" (").AppendJoin(", ", InsertColumns).Append(", version) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? "(" : ", (");
            for (var c = 0; c < InsertColumns.Length; c++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}_{c}";
                command.Parameters.Add(parameter);
                sql.Append(parameter.ParameterName).Append(", ");
            }

            sql.Append("0)");
        }

        command.CommandText = sql.ToString();
        await command.PrepareAsync(cancellationToken);
        return command;
    }

    // Holds the run's connection and transaction from the first row to the commit; disposing it uncommitted rolls back.
    private sealed class RunRowWriter(SqlCaseStore store, DbConnection connection, DbTransaction transaction, string runId) : IRunRowWriter
    {
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
        }

        public async Task CompleteAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
        {
            ObjectDisposedException.ThrowIf(_committed, this);
            await store.FinishRunRowsAsync(connection, transaction, cancellationToken);
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
