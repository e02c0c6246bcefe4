using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>The overview's counts, run once per store provider: what a team's rows add up to, a disposition moving a row out of
/// "undecided", and another team's rows never counted.</summary>
public abstract class OverviewTests : StoreSuite
{
    // Lines 2 and 5: listed precursors shipped by the same shipper to two consignees; line 3 ordinary goods; line 4 a listed solvent.
    private const string Declarations = """
        declaration_id,shipper,consignee,hs_code,goods_description
        O-1,Alpha Fine Chemicals,Beta Pharma Imports,2933.37,"N-Phenethyl-4-piperidone (NPP), CAS 39742-60-4, 100 kg"
        O-2,Delta Textiles,Epsilon Retail,6109.10,"Cotton t-shirts, 400 cartons"
        O-3,Zeta Solvents,Eta Coatings,2914.11,"Acetone 200 L"
        O-4,Alpha Fine Chemicals,Kappa Labs,2933.39,"4-Piperidone HCl H2O 99%, 25 kg drums"

        """;

    [Fact]
    public async Task The_overview_counts_the_teams_rows_by_risk_party_jurisdiction_substance_and_disposition()
    {
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        using var viewer = await Factory.ClientAsync(Role.Viewer);
        var rows = await ScreenAsync(analyst);

        var overview = await OverviewAsync(viewer);
        Assert.Equal(4, overview.GetProperty("rows").GetInt64());
        var byDay = overview.GetProperty("risk_by_day").EnumerateArray().ToList();
        Assert.Equal(4, byDay.Sum(d => d.GetProperty("rows").GetInt64()));
        Assert.All(byDay, d => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", d.GetProperty("day").GetString()!));

        // Both precursor rows are high risk and shipped by Alpha; each consignee has one.
        var high = byDay.Where(d => d.GetProperty("risk").GetString() == "high").Sum(d => d.GetProperty("rows").GetInt64());
        Assert.Equal(2, high);
        Assert.Equal([("Alpha Fine Chemicals", 2L)], Named(overview, "top_shippers"));
        Assert.Equal([("Beta Pharma Imports", 1L), ("Kappa Labs", 1L)], Named(overview, "top_consignees"));
        // The two precursors and acetone (US List II) have US findings; the t-shirts none.
        Assert.Contains(("US", 3L), Named(overview, "jurisdictions"));
        Assert.Contains(Named(overview, "substances"), s => s.Name.Contains("piperidone", StringComparison.OrdinalIgnoreCase) && s.Rows >= 1);
        var undecided = Named(overview, "dispositions").Single(d => d.Name == "undecided").Rows;
        Assert.True(undecided >= 2, $"undecided {undecided}");

        // A disposition moves its row from undecided to that outcome.
        using var row = await analyst.GetFromJsonAsync<JsonDocument>($"/v1/rows/{rows[2]}");
        var version = row!.RootElement.GetProperty("row").GetProperty("version").GetInt32();
        using (var disposed = await analyst.PostAsJsonAsync($"/v1/rows/{rows[2]}/disposition", new { disposition = "held", note = "overview", version }))
        {
            Assert.Equal(HttpStatusCode.OK, disposed.StatusCode);
        }

        overview = await OverviewAsync(viewer);
        Assert.Contains(("held", 1L), Named(overview, "dispositions"));
        Assert.Equal(undecided - 1, Named(overview, "dispositions").Single(d => d.Name == "undecided").Rows);

        // Another team sees none of it, and its own rows do not leak into this team's counts.
        using var outsider = await Factory.ClientAsync(Role.Supervisor, tenant: "other-team");
        var theirs = await OverviewAsync(outsider);
        Assert.Equal(0, theirs.GetProperty("rows").GetInt64());
        Assert.Empty(Named(theirs, "top_shippers"));
        Assert.Empty(theirs.GetProperty("risk_by_day").EnumerateArray());
        await ScreenAsync(outsider);
        Assert.Equal(4, (await OverviewAsync(outsider)).GetProperty("rows").GetInt64());
        Assert.Equal(4, (await OverviewAsync(viewer)).GetProperty("rows").GetInt64());
        Assert.Equal([("Alpha Fine Chemicals", 2L)], Named(await OverviewAsync(viewer), "top_shippers"));
    }

    [Theory]
    [InlineData("?top=0")]
    [InlineData("?top=51")]
    [InlineData("?top=ten")]
    [InlineData("?tenant=other-team")]
    [InlineData("?top=3&top=4")]
    public async Task Bad_parameters_are_refused_naming_them(string query)
    {
        using var viewer = await Factory.ClientAsync(Role.Viewer);
        using var response = await viewer.GetAsync($"/v1/overview{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;
        Assert.Contains(query.Contains("tenant") ? "tenant" : "top", error);
    }

    private static async Task<JsonElement> OverviewAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/v1/overview");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static List<(string Name, long Rows)> Named(JsonElement overview, string key) =>
        overview.GetProperty(key).EnumerateArray().Select(e => (e.GetProperty("name").GetString()!, e.GetProperty("rows").GetInt64())).ToList();

    private async Task<Dictionary<int, long>> ScreenAsync(HttpClient client)
    {
        var path = Path.Combine(Factory.DataDirectory, $"overview-{Guid.NewGuid():N}.csv");
        Directory.CreateDirectory(Factory.DataDirectory);
        await File.WriteAllTextAsync(path, Declarations);
        var run = await ServerContractTests.SubmitAsync(client, path);
        Assert.Equal("complete", (await ServerContractTests.WaitAsync(client, run)).GetProperty("status").GetString());
        using var page = await client.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?sort=line&limit=500");
        return page!.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("id").GetInt64());
    }
}
