namespace Cordon.Server.Tests;

/// <summary>The overview suite on the embedded SQLite store.</summary>
public sealed class SqliteOverviewTests : OverviewTests
{
    protected override string? Postgres() => null;
}
