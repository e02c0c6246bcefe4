using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cordon.Storage;
using Json.Schema;

namespace Cordon.Server.Tests;

/// <summary>The API's results are the CLI's contract: items of /v1/check and /v1/match, a job row's result, a clearance and
/// an error body validate against the schemas in docs/schema.</summary>
public sealed class ApiSchemaTests : IDisposable
{
    private readonly ServerFactory _factory = new(postgres: null);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Api_results_validate_against_the_committed_schemas()
    {
        using var analyst = await _factory.ClientAsync(Role.Analyst);
        var check = await analyst.PostAsJsonAsync("/v1/check", new { queries = new[] { "fentanyl", "glucose", "437-38-8", "not a chemical xyzzy" } });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        AssertEachValid("check-result.json", Results(await check.Content.ReadAsStringAsync()), 4);

        var match = await analyst.PostAsJsonAsync("/v1/match", new { queries = new object[] { new { name = "Shanghai Boyle Chemical Co., Ltd" }, new { name = "Zhang Lei", country = "Atlantis" } } });
        Assert.Equal(HttpStatusCode.OK, match.StatusCode);
        AssertEachValid("party-result.json", Results(await match.Content.ReadAsStringAsync()), 2);

        var run = await ServerContractTests.SubmitAsync(analyst, Path.Combine(ServerContractTests.RepoRoot(), "samples", "declarations.csv"));
        await ServerContractTests.WaitAsync(analyst, run);
        var rows = JsonNode.Parse(await analyst.GetStringAsync($"/v1/jobs/{run}/rows?sort=line&limit=500"))!["rows"]!.AsArray();
        AssertEachValid("declaration-result.json", rows.Select(r => r!["result"]!).ToList(), rows.Count);
        Assert.True(rows.Count > 10);

        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync("/v1/parties/clearances",
            new { party = "Kaikai Technology Co Ltd", list = "OFAC-SDN", entry_id = "18661", note = "namesake" })).StatusCode);
        var clearances = JsonNode.Parse(await analyst.GetStringAsync("/v1/parties/clearances"))!["clearances"]!.AsArray();
        AssertEachValid("clearance.json", clearances.Select(c => c!).ToList(), 1);

        var bad = await analyst.PostAsJsonAsync("/v1/check", new { query = "fentanyl", jurisdictions = "USA" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        AssertEachValid("problem.json", [JsonNode.Parse(await bad.Content.ReadAsStringAsync())!], 1);
    }

    private static List<JsonNode> Results(string body) => JsonNode.Parse(body)!["results"]!.AsArray().Select(r => r!).ToList();

    private static void AssertEachValid(string file, IReadOnlyList<JsonNode> items, int expected)
    {
        Assert.Equal(expected, items.Count);
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(ServerContractTests.RepoRoot(), "docs", "schema", file)));
        foreach (var item in items)
        {
            var result = schema.Evaluate(item, new EvaluationOptions { OutputFormat = OutputFormat.List });
            var errors = result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
            Assert.True(result.IsValid, $"{file}: {string.Join("; ", errors)} in {item.ToJsonString()[..Math.Min(300, item.ToJsonString().Length)]}");
        }
    }
}
