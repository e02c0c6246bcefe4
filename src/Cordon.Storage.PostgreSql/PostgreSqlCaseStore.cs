using System.Data.Common;
using Npgsql;

namespace Cordon.Storage.PostgreSql;

/// <summary>The case store on a PostgreSQL server (Npgsql), for a team that runs one; the same schema and SQL as SQLite,
/// with rows of a run written by binary COPY.</summary>
public sealed class PostgreSqlCaseStore : SqlCaseStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Connects with an Npgsql connection string ("Host=…;Database=…;Username=…").</summary>
    public PostgreSqlCaseStore(string connectionString) => _dataSource = NpgsqlDataSource.Create(connectionString);

    /// <inheritdoc />
    protected override IReadOnlyList<Migration> Migrations => PostgreSqlMigrations.All;

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    protected override async Task InsertRowsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<CaseRow> rows,
        CancellationToken cancellationToken)
    {
        // COPY runs inside the run's transaction: a crash before commit leaves none of these rows.
        var npgsql = (NpgsqlConnection)connection;
        await using var writer = await npgsql.BeginBinaryImportAsync(
            "COPY case_rows (run_id, tenant, line, status, risk, score, description, shipper, consignee, hs_code, jurisdictions, result, record, version) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(row.RunId, cancellationToken);
            await writer.WriteAsync(row.Tenant, cancellationToken);
            await writer.WriteAsync((long)row.Line, cancellationToken);
            await writer.WriteAsync(row.Status, cancellationToken);
            await writer.WriteAsync(row.Risk, cancellationToken);
            await writer.WriteAsync(row.Score, cancellationToken);
            await WriteNullable(writer, row.Description, cancellationToken);
            await WriteNullable(writer, row.Shipper, cancellationToken);
            await WriteNullable(writer, row.Consignee, cancellationToken);
            await WriteNullable(writer, row.HsCode, cancellationToken);
            await WriteNullable(writer, row.Jurisdictions, cancellationToken);
            await writer.WriteAsync(row.Result, cancellationToken);
            await WriteNullable(writer, row.Record, cancellationToken);
            await writer.WriteAsync(0L, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteNullable(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await writer.WriteAsync(value, cancellationToken);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
