namespace Cordon.Server.Tests;

/// <summary>The supplier-network suite on the embedded SQLite store.</summary>
public sealed class SqliteNetworkTests : NetworkContractTests
{
    protected override string? Postgres() => null;
}
