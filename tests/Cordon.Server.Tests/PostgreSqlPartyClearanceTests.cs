namespace Cordon.Server.Tests;

/// <summary>The party clearance suite on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlPartyClearanceTests(PostgresServer postgres) : PartyClearanceContractTests
{
    private string? _database;

    protected override string? Postgres() => _database ??= postgres.NewDatabase();
}
