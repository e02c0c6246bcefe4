using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Application;
using Cordon.Application.Loading;
using Cordon.Application.Rescreening;
using Cordon.Parties.Reading;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>A server started without configured watch lists, once per provider: each team's lists imported through the API serve
/// that team's matches, jobs and re-screens, and never another team's; a re-import that adds a designee raises the team's row.</summary>
public abstract class ImportedListContractTests : StoreSuite
{
    private const string OtherTeam = "other-team";

    // A blank entry is how a test leaves the factory's default list out: the server ignores blank list paths.
    protected override IReadOnlyDictionary<string, string>? Settings() => new Dictionary<string, string> { ["Cordon:Watchlists:0"] = "" };

    [Fact]
    public async Task A_teams_imported_list_serves_its_matches_and_jobs_and_never_another_teams()
    {
        using var supervisor = await Factory.ClientAsync(Role.Supervisor);
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        using var other = await Factory.ClientAsync(Role.Supervisor, tenant: OtherTeam);

        // No list configured and none imported: a refusal that says how to give one, never an empty "no match".
        var refused = await MatchAsync(analyst, RetroHuntFixture.NewDesignee);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("no watch list", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(analyst, withNewDesignee: true)).StatusCode);
        var imported = await ImportAsync(supervisor, withNewDesignee: true);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        using (var body = JsonDocument.Parse(await imported.Content.ReadAsStringAsync()))
        {
            Assert.Equal(("inhouse", 2L), (body.RootElement.GetProperty("list").GetProperty("name").GetString(),
                body.RootElement.GetProperty("list").GetProperty("entries").GetInt64()));
            Assert.Equal("imported", body.RootElement.GetProperty("in_use").GetString());
        }

        var audit = Assert.Single(await Factory.Store.ListAuditAsync("default", new AuditQuery(Action: "list.import")));
        Assert.Equal("list:inhouse", audit.Target);
        Assert.Empty(await Factory.Store.ListAuditAsync(OtherTeam, new AuditQuery(Action: "list.import")));

        // The next request uses it, without a restart.
        var match = await MatchAsync(analyst, RetroHuntFixture.NewDesignee);
        Assert.Equal(HttpStatusCode.OK, match.StatusCode);
        using (var body = JsonDocument.Parse(await match.Content.ReadAsStringAsync()))
        {
            var first = body.RootElement.GetProperty("results")[0].GetProperty("matches")[0];
            Assert.Contains("W-2", first.GetRawText());
            Assert.Contains("\"match\"", first.GetRawText());
        }

        // Another team has no list of its own: refused, not answered from this team's.
        var theirs = await MatchAsync(other, RetroHuntFixture.NewDesignee);
        Assert.Equal(HttpStatusCode.BadRequest, theirs.StatusCode);
        Assert.DoesNotContain("W-2", await theirs.Content.ReadAsStringAsync());

        // A job's rows carry the party hit for this team; the same file screened by the other team carries none.
        var mine = await ScreenAsync(analyst);
        Assert.Contains(PartyHits(mine), hit => hit.Contains("inhouse W-2", StringComparison.Ordinal));
        Assert.Empty(PartyHits(await ScreenAsync(other)));

        using var lists = await analyst.GetFromJsonAsync<JsonDocument>("/v1/lists");
        Assert.Equal("inhouse", lists!.RootElement.GetProperty("imported")[0].GetProperty("name").GetString());
        using var otherLists = await other.GetFromJsonAsync<JsonDocument>("/v1/lists");
        Assert.Empty(otherLists!.RootElement.GetProperty("imported").EnumerateArray());
        Assert.Equal(WatchListVersion.None, otherLists.RootElement.GetProperty("watchlist_version").GetString());
    }

    [Fact]
    public async Task Re_importing_a_list_with_a_new_designee_rescreens_the_teams_runs_and_raises_the_row_and_only_that_teams()
    {
        using var supervisor = await Factory.ClientAsync(Role.Supervisor);
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        using var other = await Factory.ClientAsync(Role.Supervisor, tenant: OtherTeam);

        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(supervisor, withNewDesignee: false)).StatusCode);
        var before = await ScreenAsync(analyst);
        Assert.Empty(PartyHits(before));
        var run = before[0].GetProperty("job").GetString()!;
        var screenedWith = (await analyst.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}"))!.RootElement.GetProperty("watchlist_version").GetString();
        var theirRun = (await ScreenAsync(other))[0].GetProperty("job").GetString()!;
        Assert.Equal(WatchListVersion.None, (await other.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{theirRun}"))!.RootElement.GetProperty("watchlist_version").GetString());

        var reimport = await ImportAsync(supervisor, withNewDesignee: true);
        Assert.Equal(HttpStatusCode.OK, reimport.StatusCode);
        string rescreen, version;
        using (var body = JsonDocument.Parse(await reimport.Content.ReadAsStringAsync()))
        {
            rescreen = body.RootElement.GetProperty("rescreen").GetProperty("id").GetString()!;
            version = body.RootElement.GetProperty("watchlist_version").GetString()!;
            Assert.Equal(1, body.RootElement.GetProperty("rescreen").GetProperty("runs_total").GetInt32());
        }

        Assert.NotEqual(screenedWith, version);
        var done = await WaitForRescreenAsync(supervisor, rescreen);
        Assert.Equal(("complete", 1, 4, 1), (done.GetProperty("status").GetString(), done.GetProperty("runs_done").GetInt32(),
            done.GetProperty("rows_checked").GetInt32(), done.GetProperty("rows_changed").GetInt32()));

        using var raised = await analyst.GetFromJsonAsync<JsonDocument>("/v1/queue?raised=true");
        var row = Assert.Single(raised!.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal((RetroHuntFixture.NewDesignee, "new designee"), (row.GetProperty("shipper").GetString(), row.GetProperty("raised").GetProperty("reason").GetString()));
        Assert.Contains("W-2", row.GetProperty("raised").GetProperty("cause").GetRawText());
        Assert.Equal(version, (await analyst.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}"))!.RootElement.GetProperty("watchlist_version").GetString());

        // The other team's run stays as it was, and is current with its own (empty) lists.
        using var theirRescreens = await other.GetFromJsonAsync<JsonDocument>("/v1/rescreens");
        Assert.Empty(theirRescreens!.RootElement.GetProperty("rescreens").EnumerateArray());
        Assert.Equal(0, theirRescreens.RootElement.GetProperty("stale_runs").GetInt32());
        using var theirRaised = await other.GetFromJsonAsync<JsonDocument>("/v1/queue?raised=true");
        Assert.Equal(0, theirRaised!.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_teams_matcher_is_built_once_per_version_of_its_lists_and_only_a_bounded_number_are_kept()
    {
        var records = new ClearanceService(Factory.Store, TimeProvider.System);
        var lists = new TeamWatchLists([], Factory.Store, capacity: 2);
        Assert.True(lists.PerTeam);
        foreach (var team in new[] { "team-a", "team-b", "team-c" })
        {
            await records.ImportListAsync(team, WatchListReader.Read(RetroHuntFixture.WatchList(withNewDesignee: false)), "test", "tester");
        }

        var first = await lists.ForTeamAsync("team-a");
        Assert.Same(first, await lists.ForTeamAsync("team-a"));
        Assert.NotNull(first.Screener);

        await records.ImportListAsync("team-a", WatchListReader.Read(RetroHuntFixture.WatchList(withNewDesignee: true)), "test", "tester");
        var second = await lists.ForTeamAsync("team-a");
        Assert.NotSame(first, second);
        Assert.NotEqual(first.Version, second.Version);
        Assert.Equal(2, second.Entries.Count);

        await lists.ForTeamAsync("team-b");
        await lists.ForTeamAsync("team-c");
        Assert.Equal(2, lists.Cached);
        // team-a was the least recently used: it is built again, from the same version.
        var rebuilt = await lists.ForTeamAsync("team-a");
        Assert.NotSame(second, rebuilt);
        Assert.Equal(second.Version, rebuilt.Version);

        // With files configured, they serve every team, whatever a team imported.
        var path = RetroHuntFixture.WatchList(withNewDesignee: false);
        var configured = new TeamWatchLists([path], Factory.Store);
        Assert.False(configured.PerTeam);
        Assert.Same(await configured.ForTeamAsync("team-a"), await configured.ForTeamAsync("team-b"));
        Assert.Equal(WatchListVersion.Of([path]), (await configured.ForTeamAsync("team-a")).Version);
    }

    private static Task<HttpResponseMessage> MatchAsync(HttpClient client, string name) =>
        client.PostAsJsonAsync("/v1/match", new { queries = new[] { new { name, country = "CN" } } });

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, bool withNewDesignee)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(RetroHuntFixture.WatchList(withNewDesignee))), "file", "inhouse.csv");
        return await client.PostAsync("/v1/lists", form);
    }

    // The declarations screened as a job, its rows in line order.
    private static async Task<IReadOnlyList<JsonElement>> ScreenAsync(HttpClient client)
    {
        var run = await ServerContractTests.SubmitAsync(client, RetroHuntFixture.Declarations());
        Assert.Equal("complete", (await ServerContractTests.WaitAsync(client, run)).GetProperty("status").GetString());
        using var rows = await client.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?sort=line");
        return rows!.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.Clone()).ToList();
    }

    // The explanations of the rows' party-match evidence.
    private static List<string> PartyHits(IReadOnlyList<JsonElement> rows) =>
        rows.SelectMany(r => r.GetProperty("result").GetProperty("findings").EnumerateArray())
            .Where(f => f.GetProperty("rule").GetString() == "party-match")
            .Select(f => f.GetProperty("explanation").GetString()!)
            .ToList();

    private static async Task<JsonElement> WaitForRescreenAsync(HttpClient client, string id)
    {
        for (var i = 0; i < 1200; i++)
        {
            using var rescreen = await client.GetFromJsonAsync<JsonDocument>($"/v1/rescreens/{id}");
            if (rescreen!.RootElement.GetProperty("status").GetString() is "complete" or "failed")
            {
                return rescreen.RootElement.Clone();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"re-screen {id} did not finish");
    }
}
