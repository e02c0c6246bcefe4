namespace Cordon.Server.Tests;

/// <summary>The knowledge-base history suite on the embedded SQLite store.</summary>
public sealed class SqliteKbHistoryTests : KbHistoryContractTests
{
    protected override string? Postgres() => null;
}
