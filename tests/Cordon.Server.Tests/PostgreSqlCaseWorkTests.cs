namespace Cordon.Server.Tests;

/// <summary>The case-work suite on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlCaseWorkTests(PostgresServer postgres) : CaseWorkTests
{
    private string? _database;

    protected override string? Postgres() => _database ??= postgres.NewDatabase();
}
