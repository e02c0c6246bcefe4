namespace Cordon.Server.Tests;

/// <summary>A suite that runs once per store provider: each test gets a fresh server on SQLite in a temp folder, or on a new
/// PostgreSQL database when <see cref="Postgres"/> names one.</summary>
public abstract class StoreSuite : IAsyncLifetime
{
    protected ServerFactory Factory { get; private set; } = null!;

    /// <summary>The PostgreSQL connection string, or null for SQLite.</summary>
    protected abstract string? Postgres();

    /// <summary>Settings that replace the defaults for the suite's server (none unless a suite says).</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings() => null;

    public Task InitializeAsync()
    {
        Factory = new ServerFactory(Postgres(), Settings());
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
