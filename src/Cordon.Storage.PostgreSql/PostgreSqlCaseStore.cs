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
            $"COPY case_rows ({string.Join(", ", RowInsertColumns)}, version) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var value in InsertValues(row))
            {
                await (value switch
                {
                    null => writer.WriteNullAsync(cancellationToken),
                    string text => writer.WriteAsync(text, cancellationToken),
                    long number => writer.WriteAsync(number, cancellationToken),
                    double real => writer.WriteAsync(real, cancellationToken),
                    _ => throw new InvalidOperationException($"no COPY mapping for {value.GetType().Name}"),
                });
            }

            await writer.WriteAsync(0L, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
