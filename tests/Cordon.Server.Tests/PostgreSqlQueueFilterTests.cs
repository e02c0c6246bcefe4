namespace Cordon.Server.Tests;

/// <summary>The queue-filter suite on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlQueueFilterTests(PostgresServer postgres) : QueueFilterTests
{
    private string? _database;

    protected override string? Postgres() => _database ??= postgres.NewDatabase();
}
