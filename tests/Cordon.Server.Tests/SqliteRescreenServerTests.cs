namespace Cordon.Server.Tests;

/// <summary>Retro-hunting through the server on SQLite.</summary>
public sealed class SqliteRescreenServerTests : RescreenServerTests
{
    protected override string? Postgres() => null;
}
