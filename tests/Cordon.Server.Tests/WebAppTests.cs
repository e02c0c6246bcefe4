using System.Net;

namespace Cordon.Server.Tests;

/// <summary>The web application's files: index.html for / and the application's routes, the assets as files, a self-only
/// Content-Security-Policy, the API's paths untouched, and a page saying how to build the application when it is not built.</summary>
public sealed class WebAppTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cordon-web-root-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Serves_index_html_for_the_application_routes_and_files_as_they_are()
    {
        Directory.CreateDirectory(Path.Combine(_root, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_root, "index.html"), "<!doctype html><div id=\"root\"></div>");
        await File.WriteAllTextAsync(Path.Combine(_root, "assets", "app-1234.js"), "console.log(1)");
        using var factory = new ServerFactory(postgres: null, new Dictionary<string, string> { ["Cordon:WebRoot"] = _root });
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/", "/check", "/queue/42" })
        {
            using var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<div id=\"root\">", await page.Content.ReadAsStringAsync());
            var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp);
            Assert.DoesNotContain("http", csp);
            Assert.DoesNotContain("'unsafe-eval'", csp);
        }

        using var asset = await client.GetAsync("/assets/app-1234.js");
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("console.log(1)", await asset.Content.ReadAsStringAsync());
        Assert.Contains("immutable", asset.Headers.CacheControl!.ToString());

        // The server's own paths are never the application's page.
        using var unknownApi = await client.GetAsync("/v1/no-such-endpoint");
        Assert.Equal(HttpStatusCode.NotFound, unknownApi.StatusCode);
        using var post = await client.PostAsync("/check", new StringContent(""));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        using var health = await client.GetAsync("/health");
        Assert.Contains("schema_version", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_build_the_root_says_how_to_make_one()
    {
        using var factory = new ServerFactory(postgres: null, new Dictionary<string, string> { ["Cordon:WebRoot"] = _root });
        using var client = factory.CreateClient();
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("npm ci &amp;&amp; npm run build", await page.Content.ReadAsStringAsync());
    }
}
