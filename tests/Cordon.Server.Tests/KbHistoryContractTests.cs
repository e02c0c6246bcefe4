using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Regulation;
using Cordon.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Server.Tests;

/// <summary>Knowledge-base history through the API, once per provider: a server started on the real rules, again on the same
/// rules (still one version), then on a copy with one entry removed and one date changed, all on one store; the versions are
/// listed and audited, and the diff between them names exactly that entry and that date, with their citations.</summary>
public abstract class KbHistoryContractTests : IDisposable
{
    private const string ListFile = "us/21-cfr-1310-list-i.yaml";
    private const string Removed = "us.list-i.anthranilic-acid";
    private const string Redated = "us.list-i.apaan";
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"cordon-kb-history-test-{Guid.NewGuid():N}");

    /// <summary>The PostgreSQL connection string (the same database each time it is asked), or null for SQLite.</summary>
    protected abstract string? Postgres();

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Each_version_is_kept_once_and_the_diff_names_the_removed_entry_and_the_changed_date_with_citations()
    {
        var real = Path.Combine(ServerContractTests.RepoRoot(), "rules");
        var (changed, oldEffective, newEffective) = ChangedCopy(real);
        Substance removed, redated;
        string realVersion;
        using (var first = Server(real))
        {
            var kb = first.Services.GetRequiredService<KnowledgeBase>();
            (realVersion, removed, redated) = (kb.Version, kb.Substances.Single(s => s.Id == Removed), kb.Substances.Single(s => s.Id == Redated));
            using var viewer = await first.ClientAsync(Role.Viewer);
            Assert.Equal([realVersion], await VersionsAsync(viewer));
        }

        using (var again = Server(real))
        {
            using var viewer = await again.ClientAsync(Role.Viewer);
            Assert.Equal([realVersion], await VersionsAsync(viewer));
        }

        using var second = Server(changed);
        var changedVersion = second.Services.GetRequiredService<KnowledgeBase>().Version;
        Assert.NotEqual(realVersion, changedVersion);
        using var client = await second.ClientAsync(Role.Viewer);
        using (var versions = await client.GetFromJsonAsync<JsonDocument>("/v1/kb/versions"))
        {
            var list = versions!.RootElement.GetProperty("versions").EnumerateArray().ToList();
            Assert.Equal(changedVersion, versions.RootElement.GetProperty("current").GetString());
            Assert.Equal([changedVersion, realVersion], list.Select(v => v.GetProperty("version").GetString()));
            Assert.Equal([true, false], list.Select(v => v.GetProperty("current").GetBoolean()));
            Assert.Equal(list[1].GetProperty("entries").GetInt32() - 1, list[0].GetProperty("entries").GetInt32());
            Assert.Equal(list[1].GetProperty("definitions").GetInt32(), list[0].GetProperty("definitions").GetInt32());
        }

        using (var diff = await DiffAsync(client, realVersion, changedVersion))
        {
            var body = diff.RootElement;
            Assert.Equal((0, 1, 1), (body.GetProperty("added").GetInt32(), body.GetProperty("removed").GetInt32(), body.GetProperty("changed").GetInt32()));
            Assert.Equal(
                [
                    $"removed|entry|{Removed}|US|{removed.Name}||{removed.Citation}",
                    $"changed|entry|{Redated}|US|{redated.Name}|effective: {oldEffective} → {newEffective}|{redated.Citation}",
                ],
                body.GetProperty("changes").EnumerateArray().Select(Line));
        }

        using (var back = await DiffAsync(client, changedVersion, realVersion))
        {
            Assert.Equal(
                [
                    $"added|entry|{Removed}|US|{removed.Name}||{removed.Citation}",
                    $"changed|entry|{Redated}|US|{redated.Name}|effective: {newEffective} → {oldEffective}|{redated.Citation}",
                ],
                back.RootElement.GetProperty("changes").EnumerateArray().Select(Line));
        }

        using (var same = await DiffAsync(client, realVersion, realVersion))
        {
            Assert.Empty(same.RootElement.GetProperty("changes").EnumerateArray());
        }

        using var admin = await second.ClientAsync(Role.Admin);
        using var audit = await admin.GetFromJsonAsync<JsonDocument>("/v1/audit?action=kb.load");
        Assert.Equal([$"kb:{changedVersion}", $"kb:{realVersion}"],
            audit!.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("target").GetString()));
    }

    [Theory]
    [InlineData("/v1/kb/diff?to=X", HttpStatusCode.BadRequest, "from: required")]
    [InlineData("/v1/kb/diff?from=X", HttpStatusCode.BadRequest, "to: required")]
    [InlineData("/v1/kb/diff?from=X&to=X&since=X", HttpStatusCode.BadRequest, "unknown parameter 'since'")]
    [InlineData("/v1/kb/diff?from=2001.01.01%2Bdeadbeef&to=CURRENT", HttpStatusCode.NotFound, "from: no knowledge-base version '2001.01.01+deadbeef'")]
    [InlineData("/v1/kb/diff?from=CURRENT&to=2001.01.01%2Bdeadbeef", HttpStatusCode.NotFound, "to: no knowledge-base version '2001.01.01+deadbeef'")]
    [InlineData("/v1/kb/diff?from=CURRENT&to=2001.01.01+deadbeef", HttpStatusCode.NotFound, "as %2B")]
    [InlineData("/v1/kb/versions?limit=5", HttpStatusCode.BadRequest, "unknown parameter 'limit'")]
    public async Task A_missing_or_unknown_parameter_is_a_400_and_an_unknown_version_a_404_naming_it(string request, HttpStatusCode status, string message)
    {
        using var server = Server(Path.Combine(ServerContractTests.RepoRoot(), "rules"));
        var current = Uri.EscapeDataString(server.Services.GetRequiredService<KnowledgeBase>().Version);
        using var viewer = await server.ClientAsync(Role.Viewer);
        var response = await viewer.GetAsync(request.Replace("CURRENT", current, StringComparison.Ordinal));
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private ServerFactory Server(string rules)
    {
        var factory = new ServerFactory(Postgres(), new Dictionary<string, string>
        {
            ["Cordon:Rules"] = rules, ["Cordon:DataDirectory"] = Path.Combine(_root, "data"),
        });
        _ = factory.Server;
        return factory;
    }

    private static async Task<List<string?>> VersionsAsync(HttpClient client)
    {
        using var versions = await client.GetFromJsonAsync<JsonDocument>("/v1/kb/versions");
        return versions!.RootElement.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetString()).ToList();
    }

    private static async Task<JsonDocument> DiffAsync(HttpClient client, string from, string to)
    {
        var response = await client.GetAsync($"/v1/kb/diff?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static string Line(JsonElement change) => string.Join("|", change.GetProperty("change").GetString(), change.GetProperty("what").GetString(),
        change.GetProperty("id").GetString(), change.GetProperty("jurisdiction").GetString(), change.GetProperty("name").GetString(),
        string.Join("; ", change.GetProperty("fields").EnumerateArray().Select(f => f.GetString())), change.GetProperty("citation").GetString());

    // The rules copied, with one entry of US List I taken out and another's effective date moved a month on.
    private (string Folder, string OldEffective, string NewEffective) ChangedCopy(string real)
    {
        var copy = Path.Combine(_root, "rules");
        foreach (var file in Directory.EnumerateFiles(real, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(real, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var path = Path.Combine(copy, ListFile);
        var lines = File.ReadAllLines(path).ToList();
        var start = lines.IndexOf($"- id: {Removed}");
        var end = lines.FindIndex(start + 1, l => l.StartsWith("- id: ", StringComparison.Ordinal));
        lines.RemoveRange(start, end - start);
        var redated = lines.IndexOf($"- id: {Redated}");
        var effective = lines.FindIndex(redated, l => l.StartsWith("  effective: ", StringComparison.Ordinal));
        var old = lines[effective]["  effective: ".Length..].Trim('\'');
        var moved = DateOnly.ParseExact(old, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        lines[effective] = $"  effective: '{moved}'";
        File.WriteAllLines(path, lines);
        return (copy, old, moved);
    }
}
