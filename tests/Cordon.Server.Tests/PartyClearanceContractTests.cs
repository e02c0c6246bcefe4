using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Application;
using Cordon.Parties.Matching;
using Cordon.Parties.Reading;
using Cordon.Parties.Store;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>Party clearances in the case store, run once per provider: cleared by an analyst, applied by /v1/match for that
/// team only, revoked by a supervisor with the record kept, each write audited; and an earlier party store imported once.</summary>
public abstract class PartyClearanceContractTests : StoreSuite
{
    private const string Party = "Kaikai Technology Co Ltd";

    [Fact]
    public async Task A_clearance_silences_the_match_for_its_team_until_a_supervisor_revokes_it()
    {
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        using var supervisor = await Factory.ClientAsync(Role.Supervisor);
        using var otherTeam = await Factory.ClientAsync(Role.Admin, tenant: "other-team");

        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsJsonAsync("/v1/parties/clearances", new { party = Party, list = "OFAC-SDN", entry_id = "18661" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.PostAsJsonAsync("/v1/parties/clearances", new { party = Party, list = "NO-SUCH-LIST", entry_id = "18661", note = "n" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.PostAsJsonAsync("/v1/parties/clearances", new { party = Party, list = "OFAC-SDN", entry_id = "99999999", note = "n" })).StatusCode);

        var cleared = await analyst.PostAsJsonAsync("/v1/parties/clearances", new { party = Party, list = "OFAC-SDN", entry_id = "18661", note = "a namesake in Shenzhen" });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        using (var body = JsonDocument.Parse(await cleared.Content.ReadAsStringAsync()))
        {
            Assert.Equal("cleared", body.RootElement.GetProperty("clearance").GetProperty("status").GetString());
            Assert.Equal(16, body.RootElement.GetProperty("clearance").GetProperty("entry_digest").GetString()!.Length);
        }

        var mine = await FirstMatchAsync(analyst);
        Assert.Equal("a namesake in Shenzhen", mine.GetProperty("cleared").GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, (await FirstMatchAsync(otherTeam)).GetProperty("cleared").ValueKind);
        using (var theirs = JsonDocument.Parse(await otherTeam.GetStringAsync("/v1/parties/clearances")))
        {
            Assert.Empty(theirs.RootElement.GetProperty("clearances").EnumerateArray());
        }

        var revoke = new { party = Party, list = "OFAC-SDN", entry_id = "18661", reason = "same phone number" };
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/v1/parties/clearances/revoke", revoke)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeam.PostAsJsonAsync("/v1/parties/clearances/revoke", revoke)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync("/v1/parties/clearances/revoke", revoke)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsJsonAsync("/v1/parties/clearances/revoke", revoke)).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await FirstMatchAsync(analyst)).GetProperty("cleared").ValueKind);

        using (var list = JsonDocument.Parse(await analyst.GetStringAsync("/v1/parties/clearances")))
        {
            var kept = Assert.Single(list.RootElement.GetProperty("clearances").EnumerateArray());
            Assert.Equal("revoked", kept.GetProperty("status").GetString());
            Assert.Equal("a namesake in Shenzhen", kept.GetProperty("note").GetString());
            Assert.Equal("same phone number", kept.GetProperty("revoke_reason").GetString());
        }

        var clear = Assert.Single(await Factory.Store.ListAuditAsync("default", new AuditQuery(Action: "party.clear")));
        Assert.Null(clear.Before);
        Assert.Contains("a namesake in Shenzhen", clear.After);
        var revoked = Assert.Single(await Factory.Store.ListAuditAsync("default", new AuditQuery(Action: "party.revoke")));
        Assert.DoesNotContain("same phone number", revoked.Before);
        Assert.Contains("same phone number", revoked.After);
        Assert.Empty(await Factory.Store.ListAuditAsync("other-team", new AuditQuery(Action: "party.clear")));
    }

    [Fact]
    public async Task A_clearance_applies_to_its_team_s_screening_jobs_and_no_other_team_s()
    {
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        using var otherTeam = await Factory.ClientAsync(Role.Analyst, tenant: "other-team");
        var cleared = await analyst.PostAsJsonAsync("/v1/parties/clearances", new { party = Party, list = "OFAC-SDN", entry_id = "18661", note = "a namesake in Shenzhen" });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        var file = Path.Combine(Path.GetTempPath(), $"cordon-cleared-shipper-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, $"id,description,hs_code,shipper\nD-1,cotton t-shirts 400 cartons,6109.10,{Party}\n");

        async Task<string> ResultAsync(HttpClient client)
        {
            var run = await ServerContractTests.SubmitAsync(client, file);
            Assert.Equal("complete", (await ServerContractTests.WaitAsync(client, run)).GetProperty("status").GetString());
            using var rows = JsonDocument.Parse(await client.GetStringAsync($"/v1/jobs/{run}/rows"));
            return Assert.Single(rows.RootElement.GetProperty("rows").EnumerateArray()).GetProperty("result").GetRawText();
        }

        var mine = await ResultAsync(analyst);
        var theirs = await ResultAsync(otherTeam);
        File.Delete(file);
        Assert.Contains("18661", mine);
        Assert.Contains("cleared by", mine);
        Assert.Contains("a namesake in Shenzhen", mine);
        Assert.Contains("18661", theirs);
        Assert.DoesNotContain("cleared by", theirs);
    }

    [Fact]
    public async Task An_earlier_party_store_is_imported_once_and_its_clearances_apply()
    {
        var path = Path.Combine(Factory.DataDirectory, "old-party-store.db");
        var sdn = WatchListReader.Read(Path.Combine(ServerContractTests.RepoRoot(), "..", "shared", "data", "ofac-sdn-2021"));
        var entry = sdn.Entries.Single(e => e.Id == "18661");
        using (var old = new PartyStore(path))
        {
            old.Import(sdn, "/somewhere/sdn.csv");
            old.Clear(new Clearance(PartyScreener.KeyOf(Party), "OFAC-SDN", "18661", "tester", DateTimeOffset.UtcNow, "kept from the old store") { EntryDigest = entry.Digest() });
        }

        var service = new ClearanceService(Factory.Store, TimeProvider.System);
        Assert.True(await service.ImportPartyStoreAsync("default", path));
        Assert.False(await service.ImportPartyStoreAsync("default", path));

        var lists = await service.ListsAsync("default");
        Assert.Equal(sdn.Entries.Count, Assert.Single(lists).Entries);
        var entries = await service.EntriesAsync("default");
        Assert.Equal(sdn.Entries.Count, entries.Count);
        var back = entries.Single(e => e.Id == "18661");
        Assert.Equal(entry.Digest(), back.Digest());

        // The imported clearance silences the pair; a changed entry would bring it back (digest), as before the move.
        var clearances = await service.ClearancesAsync("default");
        var screener = new PartyScreener(new PartyMatcher(entries), clearances);
        Assert.Equal("tester", screener.Screen("Kaikai Tech Co., Ltd.")[0].Clearance?.By);
        var changed = entries.Select(e => e.Id == "18661" ? e with { Remarks = e.Remarks + " New alias." } : e).ToList();
        var stale = new PartyScreener(new PartyMatcher(changed), clearances).Screen("Kaikai Tech Co., Ltd.")[0];
        Assert.Null(stale.Clearance);
        Assert.NotNull(stale.StaleClearance);
        Assert.Single(await Factory.Store.ListAuditAsync("default", new AuditQuery(Action: "party.store_import")));
    }

    private async Task<JsonElement> FirstMatchAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/v1/match", new { queries = new[] { new { name = "Kaikai Tech Co., Ltd." } } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("results")[0].GetProperty("matches")[0].Clone();
    }
}
