using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>The queue's filters by shipper, consignee, country, port, day screened and "new since a knowledge-base change", run
/// once per store provider, and their refusals of malformed values.</summary>
public abstract class QueueFilterTests : StoreSuite
{
    // Line 2: a listed precursor from CN to MX; line 3 a listed solvent from IN to US; line 4 a listed precursor from CN to US.
    private const string Declarations = """
        declaration_id,shipper,consignee,origin,destination,hs_code,goods_description,quantity,port_of_loading,port_of_discharge
        Q-1,Alpha Fine Chemicals,Beta Pharma Imports,CN,MX,2933.37,"N-Phenethyl-4-piperidone (NPP), CAS 39742-60-4",100 KG,Shanghai,Manzanillo
        Q-2,Zeta Solvents,Eta Coatings,IN,US,2914.11,"Acetone 200 L",200 L,Nhava Sheva,Houston
        Q-3,Iota Trading,Beta Labs,CN,US,2933.39,"4-Piperidone HCl H2O 99%, 25 kg drums",500 KG,Ningbo,Long Beach

        """;

    [Fact]
    public async Task The_queue_filters_by_shipper_consignee_country_port_and_day_and_each_row_carries_its_route_and_quantity()
    {
        using var viewer = await Factory.ClientAsync(Role.Viewer);
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        var (run, rows) = await ScreenAsync(analyst);
        var lineOf = rows.ToDictionary(r => r.Value, r => r.Key);
        async Task<List<int>> Lines(string filter)
        {
            using var page = await viewer.GetFromJsonAsync<JsonDocument>($"/v1/queue?{filter}&sort=line");
            return page!.RootElement.GetProperty("rows").EnumerateArray().Select(r => lineOf[r.GetProperty("id").GetInt64()]).ToList();
        }

        Assert.Equal([2, 3, 4], await Lines(""));
        Assert.Equal([2], await Lines("shipper=ALPHA"));
        Assert.Equal([], await Lines("shipper=beta"));
        Assert.Equal([2, 4], await Lines("consignee=beta"));
        Assert.Equal([2, 4], await Lines("country=cn"));
        Assert.Equal([3, 4], await Lines("country=US"));
        Assert.Equal([], await Lines("country=C"));
        Assert.Equal([2], await Lines("port=manzan"));
        Assert.Equal([4], await Lines("port=ningbo"));
        Assert.Equal([4], await Lines("country=cn&consignee=labs"));

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        Assert.Equal([2, 3, 4], await Lines($"since={today}&until={today}"));
        Assert.Equal([2, 3, 4], await Lines($"until={tomorrow}"));
        Assert.Equal([], await Lines($"since={tomorrow}"));
        Assert.Equal([], await Lines($"until={yesterday}"));

        using var page = await viewer.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?sort=line&limit=1");
        var first = page!.RootElement.GetProperty("rows")[0];
        Assert.Equal(("CN", "MX", "Shanghai", "Manzanillo", "100 KG"),
            (first.GetProperty("origin").GetString(), first.GetProperty("destination").GetString(), first.GetProperty("port_of_loading").GetString(),
                first.GetProperty("port_of_discharge").GetString(), first.GetProperty("quantity").GetString()));
        Assert.StartsWith(today, first.GetProperty("screened_at").GetString());
    }

    [Fact]
    public async Task Raised_kb_keeps_only_rows_raised_because_the_knowledge_base_changed()
    {
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        var (_, rows) = await ScreenAsync(analyst);
        var store = Factory.Store;
        var rescreen = new Rescreen
        {
            Id = Guid.NewGuid().ToString("N"), Tenant = "default", RequestedBy = "test", CreatedAt = DateTimeOffset.UtcNow, KbVersion = "kb-new",
            WatchlistVersion = "wl", Status = RunStatus.Running,
        };
        await store.CreateRescreenAsync(rescreen);
        RowRaise Raise(long row, string reason) => new(row, "controlled", "high", 0.9, "US", "{}", reason, "{}", []);
        await store.SaveBatchAsync(rescreen, [Raise(rows[2], "new since kb kb-old → kb-new"), Raise(rows[3], "new designee")], DateTimeOffset.UtcNow);

        Assert.Equal([rows[2], rows[3]], await QueueIdsAsync(analyst, "raised=true"));
        Assert.Equal([rows[2]], await QueueIdsAsync(analyst, "raised=kb"));
        Assert.Equal([rows[2], rows[3], rows[4]], await QueueIdsAsync(analyst, "raised=false"));
    }

    [Theory]
    [InlineData("since=2026-13-01")]
    [InlineData("since=yesterday")]
    [InlineData("until=2026-1-1")]
    [InlineData("raised=kb-only")]
    [InlineData("countries=CN")]
    [InlineData("shipper=a&shipper=b")]
    public async Task A_malformed_route_or_day_filter_is_a_400_that_names_it(string filter)
    {
        using var viewer = await Factory.ClientAsync(Role.Viewer);
        var response = await viewer.GetAsync($"/v1/queue?{filter}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(filter.Split('=')[0], await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Until_before_since_and_an_overlong_port_are_refused()
    {
        using var viewer = await Factory.ClientAsync(Role.Viewer);
        var reversed = await viewer.GetAsync("/v1/queue?since=2026-05-02&until=2026-05-01");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("until 2026-05-01 is before since 2026-05-02", await reversed.Content.ReadAsStringAsync());
        var overlong = await viewer.GetAsync($"/v1/queue?port={new string('x', 201)}");
        Assert.Equal(HttpStatusCode.BadRequest, overlong.StatusCode);
        Assert.Contains("port: at most 200 characters", await overlong.Content.ReadAsStringAsync());
    }

    private static async Task<List<long>> QueueIdsAsync(HttpClient client, string filter)
    {
        using var queue = await client.GetFromJsonAsync<JsonDocument>($"/v1/queue?{filter}&sort=line");
        return queue!.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToList();
    }

    private async Task<(string Run, Dictionary<int, long> Rows)> ScreenAsync(HttpClient client)
    {
        var path = Path.Combine(Factory.DataDirectory, $"queue-{Guid.NewGuid():N}.csv");
        Directory.CreateDirectory(Factory.DataDirectory);
        await File.WriteAllTextAsync(path, Declarations);
        var run = await ServerContractTests.SubmitAsync(client, path);
        Assert.Equal("complete", (await ServerContractTests.WaitAsync(client, run)).GetProperty("status").GetString());
        using var page = await client.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?sort=line");
        var rows = page!.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("id").GetInt64());
        Assert.Equal([2, 3, 4], rows.Keys.Order());
        return (run, rows);
    }
}
