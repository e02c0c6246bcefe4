namespace Cordon.Server.Tests;

/// <summary>The party clearance suite on the embedded SQLite store.</summary>
public sealed class SqlitePartyClearanceTests : PartyClearanceContractTests
{
    protected override string? Postgres() => null;
}
