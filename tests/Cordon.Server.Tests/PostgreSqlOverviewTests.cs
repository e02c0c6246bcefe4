namespace Cordon.Server.Tests;

/// <summary>The overview suite on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlOverviewTests(PostgresServer postgres) : OverviewTests
{
    private string? _database;

    protected override string? Postgres() => _database ??= postgres.NewDatabase();
}
