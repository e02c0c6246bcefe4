namespace Cordon.Server.Tests;

/// <summary>The queue-filter suite on the embedded SQLite store.</summary>
public sealed class SqliteQueueFilterTests : QueueFilterTests
{
    protected override string? Postgres() => null;
}
