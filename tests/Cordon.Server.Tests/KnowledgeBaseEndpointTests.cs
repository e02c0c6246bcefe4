using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>The knowledge-base browser's API (<c>/v1/kb/substances</c>, <c>/v1/kb/definitions</c>) on the embedded store (it
/// reads the rules, not the store): search in any spelling the name folding accepts, filters and pages that fail closed, and
/// definitions with their legal text clause by clause.</summary>
public sealed class KnowledgeBaseEndpointTests : IDisposable
{
    private readonly ServerFactory _factory = new(postgres: null);

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("fentanyl")]
    [InlineData("ＦＥＮＴＡＮＹＬ")]
    [InlineData("437-38-7")]
    public async Task A_search_by_name_in_any_spelling_or_by_cas_finds_the_listed_entry(string text)
    {
        using var viewer = await _factory.ClientAsync(Role.Viewer);
        using var page = await viewer.GetFromJsonAsync<JsonDocument>($"/v1/kb/substances?q={Uri.EscapeDataString(text)}&jurisdiction=US");

        var ids = page!.RootElement.GetProperty("substances").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Contains("us.schedule-ii.fentanyl", ids);
        Assert.All(page.RootElement.GetProperty("substances").EnumerateArray(), s => Assert.Equal("US", s.GetProperty("jurisdiction").GetString()));
    }

    [Fact]
    public async Task Pages_are_disjoint_and_add_up_to_the_total()
    {
        using var viewer = await _factory.ClientAsync(Role.Viewer);
        using var first = await viewer.GetFromJsonAsync<JsonDocument>("/v1/kb/substances?list=us.list-i&limit=5");
        using var second = await viewer.GetFromJsonAsync<JsonDocument>("/v1/kb/substances?list=us.list-i&limit=5&offset=5");
        using var all = await viewer.GetFromJsonAsync<JsonDocument>("/v1/kb/substances?list=us.list-i&limit=500");

        static List<string?> Ids(JsonDocument page) => page.RootElement.GetProperty("substances").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        var total = all!.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 10, $"US List I has {total} entries");
        Assert.Equal(total, first!.RootElement.GetProperty("total").GetInt32());
        Assert.Empty(Ids(first).Intersect(Ids(second!)));
        Assert.Equal(Ids(all).Take(10), Ids(first).Concat(Ids(second!)));
        Assert.Contains("us.list-i.gamma-butyrolactone", Ids(all));
    }

    [Theory]
    [InlineData("/v1/kb/substances?jurisdiction=USA", "USA")]
    [InlineData("/v1/kb/substances?list=us.list-ix", "us.list-ix")]
    [InlineData("/v1/kb/substances?limit=0", "limit")]
    [InlineData("/v1/kb/substances?limit=501", "limit")]
    [InlineData("/v1/kb/substances?offset=-1", "offset")]
    [InlineData("/v1/kb/substances?query=fentanyl", "query")]
    [InlineData("/v1/kb/substances?q=a&q=b", "'q'")]
    [InlineData("/v1/kb/definitions?jurisdiction=XX", "XX")]
    [InlineData("/v1/kb/definitions?kind=alert", "kind")]
    public async Task Unknown_parameters_and_values_are_refused_naming_them(string url, string named)
    {
        using var viewer = await _factory.ClientAsync(Role.Viewer);
        var response = await viewer.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_entry_by_id_carries_its_clause_citation_and_dates()
    {
        using var viewer = await _factory.ClientAsync(Role.Viewer);
        using var entry = await viewer.GetFromJsonAsync<JsonDocument>("/v1/kb/substances/us.schedule-ii.fentanyl");

        var root = entry!.RootElement;
        Assert.Equal("437-38-7", root.GetProperty("cas").GetString());
        Assert.StartsWith("21 CFR 1308.12", root.GetProperty("citation").GetProperty("section").GetString());
        Assert.NotNull(root.GetProperty("smiles").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/v1/kb/substances/no.such.entry")).StatusCode);
    }

    [Fact]
    public async Task A_class_definition_comes_with_its_legal_text_clause_by_clause_and_its_examples()
    {
        using var viewer = await _factory.ClientAsync(Role.Viewer);
        using var list = await viewer.GetFromJsonAsync<JsonDocument>("/v1/kb/definitions?jurisdiction=US");
        var ids = list!.RootElement.GetProperty("definitions").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Contains("us.schedule-i-frs.halt-act", ids);

        using var definition = await viewer.GetFromJsonAsync<JsonDocument>("/v1/kb/definitions/us.schedule-i-frs.halt-act");
        var root = definition!.RootElement;
        Assert.Equal("generic_definition", root.GetProperty("kind").GetString());
        Assert.Contains("fentanyl-related substance", root.GetProperty("legal_text").GetString());
        var clauses = root.GetProperty("clauses").EnumerateArray().ToList();
        Assert.NotEmpty(clauses);
        Assert.All(clauses, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("text").GetString())));
        Assert.Contains(root.GetProperty("examples").EnumerateArray(), e => e.GetProperty("matches").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/v1/kb/definitions/no-such-definition")).StatusCode);
    }
}
