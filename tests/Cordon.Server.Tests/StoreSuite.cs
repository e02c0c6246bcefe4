namespace Cordon.Server.Tests;

/// <summary>A suite run once per store provider: each test gets a fresh server on the store <see cref="Postgres"/> names
/// (null: SQLite in a temp folder).</summary>
public abstract class StoreSuite : IAsyncLifetime
{
    protected ServerFactory Factory { get; private set; } = null!;

    protected abstract string? Postgres();

    public Task InitializeAsync()
    {
        Factory = new ServerFactory(Postgres());
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
