using System.Net.Http.Headers;
using Cordon.Server.Auth;
using Cordon.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Server.Tests;

/// <summary>Cordon Server in memory on one store: SQLite in a temp folder, or a new PostgreSQL database; extra settings on top.</summary>
public sealed class ServerFactory(string? postgres, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"cordon-server-test-{Guid.NewGuid():N}");

    public string DataDirectory => _data;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Cordon:DataDirectory", _data);
        builder.UseSetting("Cordon:Database", postgres ?? "");
        builder.UseSetting("Cordon:Watchlists:0", Path.Combine(ServerContractTests.RepoRoot(), "..", "shared", "data", "ofac-sdn-2021"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    public ICaseStore Store => Services.GetRequiredService<ICaseStore>();

    /// <summary>A client signed in as a new user of this role and team.</summary>
    public async Task<HttpClient> ClientAsync(Role role, string tenant = "default")
    {
        var now = DateTimeOffset.UtcNow;
        var user = await Store.CreateUserAsync(tenant, $"{role}-{Guid.NewGuid():N}"[..20], role, null, now) ?? throw new InvalidOperationException("user");
        var (key, token) = Tokens.Issue(tenant, user.Id, role, "test", now, null);
        await Store.CreateApiKeyAsync(key);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
