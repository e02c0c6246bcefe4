namespace Cordon.Server.Tests;

/// <summary>The imported watch-list suite on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlImportedListTests(PostgresServer postgres) : ImportedListContractTests
{
    private string? _database;

    protected override string? Postgres() => _database ??= postgres.NewDatabase();
}
