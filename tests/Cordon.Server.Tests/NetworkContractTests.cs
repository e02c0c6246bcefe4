using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>The supplier network through the API, once per provider: built from the team's screened rows of the generated
/// set (samples/network), with the configured OFAC snapshot; the ring, the designee path and a case's view are found; a
/// split is audited and respected; another team sees nothing of it; parameters fail closed.</summary>
public abstract class NetworkContractTests : StoreSuite
{
    private const string OtherTeam = "other-team";

    [Fact]
    public async Task A_teams_network_finds_the_ring_the_designee_path_and_a_cases_place_and_no_other_team_sees_it()
    {
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        using var viewer = await Factory.ClientAsync(Role.Viewer);
        using var other = await Factory.ClientAsync(Role.Analyst, tenant: OtherTeam);
        var run = await ServerContractTests.SubmitAsync(analyst, Path.Combine(ServerContractTests.RepoRoot(), "samples", "network", "declarations.csv"));
        Assert.Equal("complete", (await ServerContractTests.WaitAsync(analyst, run)).GetProperty("status").GetString());

        using (var summary = await viewer.GetFromJsonAsync<JsonDocument>("/v1/network"))
        {
            Assert.Equal(5000, summary!.RootElement.GetProperty("rows").GetInt32());
            Assert.True(summary.RootElement.GetProperty("designees").GetInt32() >= 1);
        }

        // The same file uploaded again is the same trade, not twice as much.
        var again = await ServerContractTests.SubmitAsync(analyst, Path.Combine(ServerContractTests.RepoRoot(), "samples", "network", "declarations.csv"));
        Assert.Equal("complete", (await ServerContractTests.WaitAsync(analyst, again)).GetProperty("status").GetString());
        using (var summary = await viewer.GetFromJsonAsync<JsonDocument>("/v1/network"))
        {
            Assert.Equal(5000, summary!.RootElement.GetProperty("rows").GetInt32());
        }

        var buyer = await PartyIdAsync(viewer, "Rio Humaya");
        using (var shared = await viewer.GetFromJsonAsync<JsonDocument>($"/v1/network/shared-suppliers?party={buyer}"))
        {
            var top = shared!.RootElement.EnumerateArray().Take(3).Select(s => s.GetProperty("buyer").GetProperty("label").GetString()!).ToList();
            Assert.Contains(top, t => t.Contains("Tres Picos", StringComparison.Ordinal));
            Assert.Contains(top, t => t.Contains("Valle Dorado", StringComparison.Ordinal));
        }

        using (var paths = await viewer.GetFromJsonAsync<JsonDocument>($"/v1/network/paths?party={buyer}&max_hops=4"))
        {
            var path = paths!.RootElement.EnumerateArray().Single(p => p.GetProperty("nodes").EnumerateArray().Last().GetProperty("entry_id").GetString() == "26325");
            Assert.All(path.GetProperty("edges").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("evidence").GetString())));
        }

        // From a case of the ring: the consignee's fellow buyers and the supplier's way to the designee.
        using (var rows = await viewer.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?sort=line&limit=500"))
        {
            var row = rows!.RootElement.GetProperty("rows").EnumerateArray().First(r => r.GetRawText().Contains("Rio Humaya", StringComparison.Ordinal)
                && r.GetRawText().Contains("Fengyi", StringComparison.OrdinalIgnoreCase));
            using var place = await viewer.GetFromJsonAsync<JsonDocument>($"/v1/rows/{row.GetProperty("id").GetInt64()}/network");
            Assert.NotEmpty(place!.RootElement.GetProperty("shared_suppliers").EnumerateArray());
            Assert.Contains(place.RootElement.GetProperty("shipper_paths").EnumerateArray(),
                p => p.GetProperty("nodes").EnumerateArray().Last().GetProperty("entry_id").GetString() == "26325");
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/v1/rows/{row.GetProperty("id").GetInt64()}/network")).StatusCode);
        }

        // Another team: nothing of this team's network, not by guessing its ids either.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/v1/network/parties/{buyer}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/v1/network/neighbourhood?party={buyer}")).StatusCode);
        using (var theirs = await other.GetFromJsonAsync<JsonDocument>("/v1/network"))
        {
            Assert.Equal(0, theirs!.RootElement.GetProperty("rows").GetInt32());
        }

        // A neighbourhood is slimmed for drawing: one spelling per party, at most ten row keys per edge (the row count tells
        // the rest), and it says how long the freshness check and the query took.
        using (var response = await viewer.GetAsync($"/v1/network/neighbourhood?party={buyer}&depth=2"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var timing = string.Join(",", response.Headers.GetValues("Server-Timing"));
            Assert.Matches(@"network;dur=[0-9.]+;desc=""version check"", query;dur=[0-9.]+", timing);
            using var hood = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var nodes = hood.RootElement.GetProperty("nodes").EnumerateArray().ToList();
            Assert.Contains(nodes, n => n.GetProperty("kind").GetString() == "party" && n.GetProperty("id").GetString() != buyer);
            Assert.All(nodes.Where(n => n.GetProperty("kind").GetString() == "party"), n => Assert.Single(n.GetProperty("spellings").EnumerateArray()));
            var trade = hood.RootElement.GetProperty("edges").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "shipped_to").ToList();
            Assert.Contains(trade, e => e.GetProperty("rows").GetInt32() > 10);
            Assert.All(trade, e => Assert.Equal(Math.Min(10, e.GetProperty("rows").GetInt32()), e.GetProperty("row_keys").GetArrayLength()));
        }

        using (var summary = await viewer.GetFromJsonAsync<JsonDocument>("/v1/network"))
        {
            var phases = summary!.RootElement.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.Equal(["read rows", "resolve parties", "trade edges", "match designees", "shared contacts", "index"], phases);
        }

        var export = await viewer.GetAsync($"/v1/network/export?format=gexf&party={buyer}&depth=1");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains(XDocument.Parse(await export.Content.ReadAsStringAsync()).Descendants(), e => e.Name.LocalName == "edge");
    }

    [Fact]
    public async Task A_split_is_audited_and_the_next_build_keeps_the_spellings_apart_and_bad_input_is_refused()
    {
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        using var viewer = await Factory.ClientAsync(Role.Viewer);
        var run = await ServerContractTests.SubmitAsync(analyst, Path.Combine(ServerContractTests.RepoRoot(), "samples", "network", "declarations.csv"));
        Assert.Equal("complete", (await ServerContractTests.WaitAsync(analyst, run)).GetProperty("status").GetString());

        var supplier = await PartyIdAsync(viewer, "Shanghai Fengyi");
        using var party = await viewer.GetFromJsonAsync<JsonDocument>($"/v1/network/parties/{supplier}");
        var keys = party!.RootElement.GetProperty("spellings").EnumerateArray().Select(s => s.GetProperty("key").GetString()!).ToList();
        Assert.True(keys.Count >= 2);
        Assert.NotEmpty(party.RootElement.GetProperty("merges").EnumerateArray());

        var split = new { kind = "split", key = keys[0], other_key = keys[1], note = "two companies" };
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/v1/network/decisions", split)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsJsonAsync("/v1/network/decisions", split with { kind = "unmerge" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsJsonAsync("/v1/network/decisions", split with { note = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsJsonAsync("/v1/network/decisions", split with { other_key = "no bar here" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync("/v1/network/decisions", split)).StatusCode);
        var audit = Assert.Single(await Factory.Store.ListAuditAsync("default", new AuditQuery(Action: "network.split")));
        Assert.Contains(keys[0], audit.Target, StringComparison.Ordinal);

        var after = await viewer.GetFromJsonAsync<JsonDocument>($"/v1/network/parties?q={Uri.EscapeDataString("Shanghai Fengyi")}&limit=50");
        var together = after!.RootElement.EnumerateArray().Any(n => n.GetProperty("spellings").EnumerateArray().Select(s => s.GetProperty("key").GetString()).ToHashSet() is var set
            && set.Contains(keys[0]) && set.Contains(keys[1]));
        Assert.False(together);

        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync($"/v1/network/neighbourhood?party={supplier}&depth=9")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync($"/v1/network/neighbourhood?party={supplier}&colour=red")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync($"/v1/network/neighbourhood?party={supplier}&max_nodes=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync($"/v1/network/neighbourhood?party={supplier}&max_nodes=2001")).StatusCode);
        using (var cut = await viewer.GetFromJsonAsync<JsonDocument>($"/v1/network/neighbourhood?party={supplier}&depth=2&max_nodes=3"))
        {
            Assert.Equal(3, cut!.RootElement.GetProperty("nodes").GetArrayLength());
            Assert.True(cut.RootElement.GetProperty("truncated").GetBoolean());
            Assert.Equal(supplier, cut.RootElement.GetProperty("nodes")[0].GetProperty("id").GetString());
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync($"/v1/network/paths?party={supplier}&chapter=2x")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync($"/v1/network/shared-suppliers?party={supplier}&flagged_only=maybe")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync("/v1/network/export?format=dot")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync("/v1/network/paths")).StatusCode);
    }

    [Fact]
    public async Task A_job_screened_with_the_network_weighs_each_partys_place_and_a_job_without_it_does_not()
    {
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        var sample = Path.Combine(ServerContractTests.RepoRoot(), "samples", "network", "declarations.csv");
        using (var bad = new MultipartFormDataContent())
        {
            bad.Add(new ByteArrayContent(await File.ReadAllBytesAsync(sample)), "file", "declarations.csv");
            bad.Add(new StringContent("yes"), "network");
            var refused = await analyst.PostAsync("/v1/screen", bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("network 'yes'", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The team's first job: its network is the file's own trade (nothing earlier in the store).
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(sample)), "file", "declarations.csv");
        form.Add(new StringContent("true"), "network");
        var submitted = await analyst.PostAsync("/v1/screen", form);
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var run = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        Assert.Equal("complete", (await ServerContractTests.WaitAsync(analyst, run)).GetProperty("status").GetString());
        var plain = await ServerContractTests.SubmitAsync(analyst, sample);
        Assert.Equal("complete", (await ServerContractTests.WaitAsync(analyst, plain)).GetProperty("status").GetString());

        async Task<List<JsonElement>> NetworkFindings(string job)
        {
            using var rows = await analyst.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{job}/rows?party=fengyi&limit=500");
            return rows!.RootElement.GetProperty("rows").EnumerateArray()
                .SelectMany(r => r.GetProperty("result").GetProperty("findings").EnumerateArray())
                .Where(f => f.GetProperty("feature").GetString()!.StartsWith("network-", StringComparison.Ordinal)).Select(f => f.Clone()).ToList();
        }

        var weighed = await NetworkFindings(run);
        var contact = weighed.First(f => f.GetProperty("feature").GetString() == "network-designee-contact");
        Assert.StartsWith("Shanghai Fengyi", contact.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("QINSHENG", contact.GetProperty("explanation").GetString()!, StringComparison.Ordinal);
        Assert.Empty(await NetworkFindings(plain));
    }

    [Fact]
    public async Task The_networks_source_stamp_moves_with_each_run_decision_and_clearance_of_the_team_and_with_nothing_else()
    {
        var store = Factory.Store;
        const string team = "stamp-team";
        var stamps = new List<string> { await store.NetworkSourceStampAsync(team) };
        async Task Moved(string because)
        {
            var now = await store.NetworkSourceStampAsync(team);
            Assert.False(stamps.Contains(now), $"the stamp should move after {because}");
            stamps.Add(now);
            Assert.Equal(now, await store.NetworkSourceStampAsync(team));
        }

        using var analyst = await Factory.ClientAsync(Role.Analyst, tenant: team);
        var run = await ServerContractTests.SubmitAsync(analyst, Path.Combine(ServerContractTests.RepoRoot(), "samples", "declarations.csv"));
        Assert.Equal("complete", (await ServerContractTests.WaitAsync(analyst, run)).GetProperty("status").GetString());
        await Moved("a run completed");

        var at = DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        await store.RecordNetworkDecisionAsync(new StoredNetworkDecision(team, "merge", "acme|cn", "acme trading|cn", "ana", at, "same"), "ana");
        await Moved("a decision");
        await store.RecordNetworkDecisionAsync(new StoredNetworkDecision(team, "split", "acme|cn", "acme trading|cn", "ana", at.AddMinutes(1), "not the same"), "ana");
        await Moved("a decision replaced");
        await store.ClearPartyAsync(new StoredClearance(team, "acme|cn", "OFAC-SDN", "1", "ana", at.AddMinutes(2), "different company", null), "ana");
        await Moved("a clearance");
        await store.RevokeClearanceAsync(team, "acme|cn", "OFAC-SDN", "1", "sup", at.AddMinutes(3), "same address", "sup");
        await Moved("a clearance revoked");
        await store.ClearPartyAsync(new StoredClearance(team, "acme|cn", "OFAC-SDN", "1", "ana", at.AddMinutes(4), "checked again", null), "ana");
        await Moved("a clearance renewed");

        // Another team's work leaves this team's stamp where it was.
        await store.RecordNetworkDecisionAsync(new StoredNetworkDecision(OtherTeam, "merge", "acme|cn", "acme co|cn", "ana", at.AddMinutes(5), "same"), "ana");
        Assert.Equal(stamps[^1], await store.NetworkSourceStampAsync(team));
    }

    private static async Task<string> PartyIdAsync(HttpClient client, string words)
    {
        using var found = await client.GetFromJsonAsync<JsonDocument>($"/v1/network/parties?q={Uri.EscapeDataString(words)}&limit=5");
        return found!.RootElement.EnumerateArray().OrderByDescending(n => n.GetProperty("rows").GetInt32()).First().GetProperty("id").GetString()!;
    }
}
