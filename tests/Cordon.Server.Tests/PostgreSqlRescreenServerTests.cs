namespace Cordon.Server.Tests;

/// <summary>Retro-hunting through the server on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlRescreenServerTests(PostgresServer postgres) : RescreenServerTests
{
    private readonly string _database = postgres.NewDatabase();

    protected override string? Postgres() => _database;
}
