using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>What makes a long-running server fast, on the embedded store (neither touches the store): the start-up warm-up
/// finishes in the background and says so on /health, and repeated checks are answered from the cache, counted on /metrics.</summary>
public sealed class WarmUpAndCacheTests
{
    [Fact]
    public async Task The_warm_up_finishes_in_the_background_and_health_reports_it()
    {
        using var factory = new ServerFactory(null, new Dictionary<string, string> { ["Cordon:WarmUp"] = "true" });
        using var anonymous = factory.CreateClient();
        var warmed = false;
        for (var attempt = 0; attempt < 600 && !warmed; attempt++)
        {
            using var health = await anonymous.GetFromJsonAsync<JsonDocument>("/health");
            warmed = health!.RootElement.GetProperty("warmed_up").GetBoolean();
            if (!warmed)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(warmed, "the warm-up did not finish within a minute");
    }

    [Fact]
    public async Task A_repeated_check_is_answered_alike_and_counted_as_a_cache_hit()
    {
        using var factory = new ServerFactory(null);
        using var viewer = await factory.ClientAsync(Role.Viewer);

        var first = await (await viewer.PostAsJsonAsync("/v1/check", new { query = "fentanyl" })).Content.ReadAsStringAsync();
        var again = await viewer.PostAsJsonAsync("/v1/check", new { query = "fentanyl" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first, await again.Content.ReadAsStringAsync());
        var metrics = await viewer.GetStringAsync("/metrics");
        var hits = metrics.Split('\n').Where(l => l.StartsWith("cordon_check_cache_lookups", StringComparison.Ordinal) && l.Contains("outcome=\"hit\""))
            .ToList();
        Assert.True(hits.Count == 1 && double.Parse(hits[0].Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture) >= 1,
            $"no cache hit counted on /metrics:\n{string.Join('\n', metrics.Split('\n').Where(l => l.Contains("cordon_")))}");
    }
}
