namespace Cordon.Server.Tests;

/// <summary>The case-work suite on the embedded SQLite store.</summary>
public sealed class SqliteCaseWorkTests : CaseWorkTests
{
    protected override string? Postgres() => null;
}
