namespace Cordon.Server.Tests;

/// <summary>The imported watch-list suite on the embedded SQLite store.</summary>
public sealed class SqliteImportedListTests : ImportedListContractTests
{
    protected override string? Postgres() => null;
}
