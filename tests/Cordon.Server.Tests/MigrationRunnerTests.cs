using System.Data.Common;
using Cordon.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Cordon.Server.Tests;

/// <summary>The migration runner applies every step not yet applied, in version order, without needing contiguous numbers:
/// a database that took step 4 on one branch still gets steps 2 and 3 when the branches meet.</summary>
public sealed class MigrationRunnerTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cordon-migrations-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Fact]
    public async Task A_step_numbered_below_one_already_applied_still_runs_and_a_newer_database_is_refused()
    {
        var first = Step(1, "CREATE TABLE one (x INTEGER)");
        var fourth = Step(4, "CREATE TABLE four (x INTEGER)");
        await new StepStore(_file, [first, fourth]).MigrateAsync();

        var merged = new StepStore(_file, [first, Step(2, "CREATE TABLE two (x INTEGER)"), Step(3, "CREATE TABLE three (x INTEGER)"), fourth]);
        await merged.MigrateAsync();
        Assert.Equal(4, await merged.SchemaVersionAsync());
        await using var connection = new SqliteConnection($"Data Source={_file}");
        Assert.Equal([1L, 4L, 2L, 3L], await connection.QueryAsync<long>("SELECT version FROM schema_version ORDER BY rowid"));
        Assert.Equal(4, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('one', 'two', 'three', 'four')"));

        var older = new StepStore(_file, [first]);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => older.MigrateAsync());
        Assert.Contains("newer than this build", refused.Message);
    }

    private static Migration Step(int version, string sql) => new(version, $"step {version}", sql);

    private sealed class StepStore(string file, IReadOnlyList<Migration> steps) : SqlCaseStore
    {
        protected override IReadOnlyList<Migration> Migrations => steps;

        protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = new SqliteConnection($"Data Source={file}");
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
    }
}
