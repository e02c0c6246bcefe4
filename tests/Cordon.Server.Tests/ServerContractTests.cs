using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>The API's behaviour, run once per store provider (SQLite and PostgreSQL): the same suite must pass on both.</summary>
public abstract class ServerContractTests : StoreSuite
{
    [Fact]
    public async Task The_schema_is_migrated_and_the_first_start_created_an_admin()
    {
        Assert.Equal(Factory.Store.ExpectedSchemaVersion, await Factory.Store.SchemaVersionAsync());
        var admin = await Factory.Store.FindUserAsync("admin");
        Assert.Equal(Role.Admin, admin!.Role);
        using var anonymous = Factory.CreateClient();
        using var health = await anonymous.GetFromJsonAsync<JsonDocument>("/health");
        Assert.Equal("ok", health!.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Check_answers_a_batch_in_the_cli_json_contract()
    {
        using var client = await Factory.ClientAsync(Role.Viewer);
        var response = await client.PostAsJsonAsync("/v1/check", new { queries = new[] { "fentanyl", "glucose", "437-38-8" }, jurisdictions = "US" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = body.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["controlled", "clear", "unresolved"], results.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("us.schedule-ii.fentanyl", results[0].GetProperty("findings")[0].GetProperty("substance_id").GetString());
        Assert.Equal(["US"], results[1].GetProperty("scope").GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetString()));

        var bad = await client.PostAsJsonAsync("/v1/check", new { query = "fentanyl", jurisdictions = "USA" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("unknown USA", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Match_answers_each_party_with_its_tier_and_refuses_an_unknown_country_for_that_party_only()
    {
        using var client = await Factory.ClientAsync(Role.Viewer);
        var response = await client.PostAsJsonAsync("/v1/match", new
        {
            queries = new object[]
            {
                new { name = "Shanghai Boyle Chemical Co., Ltd", type = "company" },
                new { name = "Zhang Lei", country = "Atlantis" },
                new { name = "Hubei Lingyun Plastics Co. Ltd" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = body.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.Contains("BOYLE CHEMICAL", results[0].GetRawText());
        Assert.Contains("\"match\"", results[0].GetRawText());
        Assert.Contains("unknown country 'Atlantis'", results[1].GetRawText());
        Assert.DoesNotContain("\"match\"", results[2].GetRawText());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/v1/match", new { queries = Array.Empty<object>() })).StatusCode);
    }

    [Fact]
    public async Task A_screen_job_stores_every_row_and_feeds_the_queue()
    {
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        var run = await SubmitAsync(analyst, Path.Combine(RepoRoot(), "samples", "declarations.csv"));
        var lines = Cordon.Screening.Declarations.DeclarationReader.Read(Path.Combine(RepoRoot(), "samples", "declarations.csv"), null, null).Count();
        var done = await WaitAsync(analyst, run);
        Assert.Equal("complete", done.GetProperty("status").GetString());
        Assert.Equal(lines, done.GetProperty("rows").GetInt32());

        using var rows = await analyst.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?sort=line&limit=500");
        Assert.Equal(lines, rows!.RootElement.GetProperty("total").GetInt32());
        // The store keeps the run's scope once, not in every row: each row still comes back with it whole, the same for all.
        var scopes = rows.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("result").GetProperty("scope").GetRawText())
            .Distinct().ToList();
        var scope = Assert.Single(scopes);
        using (var parsed = JsonDocument.Parse(scope))
        {
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", parsed.RootElement.GetProperty("as_of").GetString());
            Assert.Contains(parsed.RootElement.GetProperty("lists").EnumerateArray(), l => l.GetProperty("id").GetString() == "us.list-i");
        }

        // The members keep the CLI's order: ..., kb_version, scope.
        Assert.All(rows.RootElement.GetProperty("rows").EnumerateArray(), r =>
            Assert.Equal(["kb_version", "scope"], r.GetProperty("result").EnumerateObject().Select(m => m.Name).TakeLast(2)));
        using var controlled = await analyst.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?status=controlled&jurisdiction=US");
        Assert.True(controlled!.RootElement.GetProperty("total").GetInt32() > 0);
        Assert.All(controlled.RootElement.GetProperty("rows").EnumerateArray(), r =>
        {
            Assert.Equal("controlled", r.GetProperty("status").GetString());
            Assert.Contains("US", r.GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetString()));
        });

        using var queue = await analyst.GetFromJsonAsync<JsonDocument>("/v1/queue?limit=5");
        var scores = queue!.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.NotEmpty(scores);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.GetAsync("/v1/queue?status=banned")).StatusCode);

        // The job's end is a change too: the audit log says who started it and that it completed, with its rows.
        using var supervisor = await Factory.ClientAsync(Role.Supervisor);
        using var audit = await supervisor.GetFromJsonAsync<JsonDocument>($"/v1/audit?target=run:{run}");
        var actions = audit!.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["run.complete", "run.create"], actions);
    }

    [Fact]
    public async Task A_malformed_body_is_a_400_that_says_what_is_wrong()
    {
        using var client = await Factory.ClientAsync(Role.Viewer);
        var response = await client.PostAsync("/v1/check", new StringContent("{\"queries\": [\"fentanyl\"", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", await response.Content.ReadAsStringAsync());
        var badDay = await client.PostAsync("/v1/check", new StringContent("{\"query\": \"fentanyl\", \"as_of\": \"yesterday\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badDay.StatusCode);
    }

    [Fact]
    public async Task Two_analysts_disposing_of_one_row_the_second_gets_409_with_the_current_state()
    {
        using var first = await Factory.ClientAsync(Role.Analyst);
        using var second = await Factory.ClientAsync(Role.Analyst);
        var run = await SubmitAsync(first, Path.Combine(RepoRoot(), "samples", "declarations.csv"));
        await WaitAsync(first, run);
        using var queue = await first.GetFromJsonAsync<JsonDocument>("/v1/queue?limit=1");
        var row = queue!.RootElement.GetProperty("rows")[0];
        var id = row.GetProperty("id").GetInt64();
        var version = row.GetProperty("version").GetInt32();

        var answers = await Task.WhenAll(
            first.PostAsJsonAsync($"/v1/rows/{id}/disposition", new { disposition = "held", note = "first", version }),
            second.PostAsJsonAsync($"/v1/rows/{id}/disposition", new { disposition = "cleared", note = "second", version }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var conflict = answers.Single(a => a.StatusCode == HttpStatusCode.Conflict);
        using var current = JsonDocument.Parse(await conflict.Content.ReadAsStringAsync());
        Assert.Equal(version + 1, current.RootElement.GetProperty("row").GetProperty("version").GetInt32());

        using var @case = await first.GetFromJsonAsync<JsonDocument>($"/v1/rows/{id}");
        var history = @case!.RootElement.GetProperty("history").EnumerateArray().ToList();
        Assert.Single(history);
        Assert.Equal(@case.RootElement.GetProperty("row").GetProperty("disposition").GetString(), history[0].GetProperty("disposition").GetString());

        using var supervisor = await Factory.ClientAsync(Role.Supervisor);
        using var audit = await supervisor.GetFromJsonAsync<JsonDocument>("/v1/audit?action=row.dispose");
        var entry = Assert.Single(audit!.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Equal($"row:{id}", entry.GetProperty("target").GetString());
        Assert.Contains("\"version\":0", entry.GetProperty("before").GetString());
    }

    [Fact]
    public async Task Another_team_cannot_read_or_dispose_of_rows_and_jobs_by_guessing_ids()
    {
        using var mine = await Factory.ClientAsync(Role.Analyst);
        using var theirs = await Factory.ClientAsync(Role.Admin, tenant: "other-team");
        var run = await SubmitAsync(mine, Path.Combine(RepoRoot(), "samples", "declarations.csv"));
        await WaitAsync(mine, run);
        using var rows = await mine.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?limit=1");
        var id = rows!.RootElement.GetProperty("rows")[0].GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"/v1/jobs/{run}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"/v1/jobs/{run}/rows")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"/v1/rows/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await theirs.PostAsJsonAsync($"/v1/rows/{id}/disposition", new { disposition = "cleared", note = "x", version = 0 })).StatusCode);
        using var queue = await theirs.GetFromJsonAsync<JsonDocument>("/v1/queue");
        Assert.Equal(0, queue!.RootElement.GetProperty("total").GetInt32());
        using var audit = await theirs.GetFromJsonAsync<JsonDocument>("/v1/audit");
        Assert.DoesNotContain(audit!.RootElement.GetProperty("entries").EnumerateArray(), e => e.GetProperty("target").GetString() == $"run:{run}");
    }

    [Fact]
    public async Task Keys_are_shown_once_and_a_revoked_key_is_refused()
    {
        using var admin = await Factory.ClientAsync(Role.Admin);
        var created = await admin.PostAsJsonAsync("/v1/keys", new { label = "marketplace", role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var token = body.RootElement.GetProperty("token").GetString()!;
        var id = body.RootElement.GetProperty("key").GetProperty("id").GetString()!;
        using var machine = Factory.CreateClient();
        machine.DefaultRequestHeaders.Add("X-Api-Key", token);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync("/v1/kb")).StatusCode);
        Assert.DoesNotContain(token.Split('.')[1], await (await admin.GetAsync("/v1/keys")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/v1/keys/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/v1/kb")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/v1/keys", new { label = "x", role = "root" })).StatusCode);
    }

    [Fact]
    public async Task A_user_with_a_password_signs_in_and_a_wrong_password_is_refused()
    {
        using var admin = await Factory.ClientAsync(Role.Admin);
        var name = $"ana-{Guid.NewGuid():N}"[..12];
        Assert.Equal(HttpStatusCode.Created,
            (await admin.PostAsJsonAsync("/v1/users", new { name, role = "analyst", password = "correct horse battery" })).StatusCode);
        using var anonymous = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/v1/auth/login", new { name, password = "wrong password!" })).StatusCode);
        var login = await anonymous.PostAsJsonAsync("/v1/auth/login", new { name, password = "correct horse battery" });
        using var session = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        Assert.Equal("analyst", session.RootElement.GetProperty("role").GetString());
        using var signedIn = Factory.CreateClient();
        signedIn.DefaultRequestHeaders.Authorization = new("Bearer", session.RootElement.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/v1/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await signedIn.GetAsync("/v1/audit")).StatusCode);
    }

    [Fact]
    public async Task The_audit_log_is_append_only()
    {
        await Factory.Store.AppendAuditAsync("default", DateTimeOffset.UtcNow, "test", "test.action", "thing:1", null, null);
        var entry = (await Factory.Store.ListAuditAsync("default", new AuditQuery(Action: "test.action"))).Single();
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ExecuteAsync($"UPDATE audit SET actor = 'someone else' WHERE id = {entry.Id}"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ExecuteAsync($"DELETE FROM audit WHERE id = {entry.Id}"));
    }

    protected abstract Task ExecuteAsync(string sql);

    internal static async Task<string> SubmitAsync(HttpClient client, string path)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", Path.GetFileName(path));
        var response = await client.PostAsync("/v1/screen", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }

    internal static async Task<JsonElement> WaitAsync(HttpClient client, string run)
    {
        for (var i = 0; i < 1200; i++)
        {
            using var job = await client.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}");
            var status = job!.RootElement.GetProperty("status").GetString();
            if (status is "complete" or "failed")
            {
                return job.RootElement.Clone();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"job {run} did not finish");
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "rules", "kb.yaml")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("rules/kb.yaml");
    }
}
