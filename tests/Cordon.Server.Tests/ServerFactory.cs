using System.Net.Http.Headers;
using Cordon.Server.Auth;
using Cordon.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Server.Tests;

/// <summary>Cordon Server in memory on one store: SQLite in a temp folder, or a new PostgreSQL database.</summary>
/// <param name="postgres">A PostgreSQL database; null for SQLite.</param>
/// <param name="settings">Settings that replace the defaults ("Cordon:Rules", "Cordon:DataDirectory", …).</param>
public sealed class ServerFactory(string? postgres, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _data = settings?.GetValueOrDefault("Cordon:DataDirectory") ?? Path.Combine(Path.GetTempPath(), $"cordon-server-test-{Guid.NewGuid():N}");

    public string DataDirectory => _data;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Cordon:DataDirectory", _data);
        builder.UseSetting("Cordon:Database", postgres ?? "");
        builder.UseSetting("Cordon:Watchlists:0", Path.Combine(ServerContractTests.RepoRoot(), "..", "shared", "data", "ofac-sdn-2021"));
        // The start-up warm-up only buys speed; the suite starts many servers, so it is off unless a test turns it on.
        builder.UseSetting("Cordon:WarmUp", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    public ICaseStore Store => Services.GetRequiredService<ICaseStore>();

    /// <summary>A client signed in as a new user of this role and team (named <paramref name="name"/>, else at random).</summary>
    public async Task<HttpClient> ClientAsync(Role role, string tenant = "default", string? name = null)
    {
        var now = DateTimeOffset.UtcNow;
        var user = await Store.CreateUserAsync(tenant, name ?? $"{role}-{Guid.NewGuid():N}"[..20], role, null, now) ?? throw new InvalidOperationException("user");
        var (key, token) = Tokens.Issue(tenant, user.Id, role, "test", now, null);
        await Store.CreateApiKeyAsync(key);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && settings?.ContainsKey("Cordon:DataDirectory") != true && Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
