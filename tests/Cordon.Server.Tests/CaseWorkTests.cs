using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>Working a case, run once per store provider: depictions of a row's structures, assignment with optimistic
/// concurrency, the queue's and a job's filters and sorts (failing closed), and the audit log as XLSX.</summary>
public abstract class CaseWorkTests : StoreSuite
{
    // Line 2: a listed precursor named with its CAS RN; line 3 ordinary goods; line 4 a listed solvent; line 5 a listed
    // precursor with no notify party.
    private const string Declarations = """
        declaration_id,shipper,consignee,notify_party,hs_code,goods_description
        C-1,Alpha Fine Chemicals,Beta Pharma Imports,Gamma Forwarding,2933.37,"N-Phenethyl-4-piperidone (NPP), CAS 39742-60-4, 100 kg"
        C-2,Delta Textiles,Epsilon Retail,,6109.10,"Cotton t-shirts, 400 cartons"
        C-3,Zeta Solvents,Eta Coatings,Theta Notify Agents,2914.11,"Acetone 200 L"
        C-4,Iota Trading,Kappa Labs,,2933.39,"4-Piperidone HCl H2O 99%, 25 kg drums"

        """;

    [Fact]
    public async Task A_case_draws_each_structure_finding_with_its_matched_atoms_and_a_row_without_structure_has_none()
    {
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        var (_, rows) = await ScreenAsync(analyst);

        using var controlled = await analyst.GetFromJsonAsync<JsonDocument>($"/v1/rows/{rows[2]}");
        Assert.Equal("controlled", controlled!.RootElement.GetProperty("row").GetProperty("status").GetString());
        var depictions = controlled.RootElement.GetProperty("depictions").EnumerateArray().ToList();
        Assert.NotEmpty(depictions);
        foreach (var depiction in depictions)
        {
            var atoms = depiction.GetProperty("matched_atoms").EnumerateArray().Select(a => a.GetInt32()).ToList();
            Assert.NotEmpty(atoms);
            var svg = XDocument.Parse(depiction.GetProperty("svg").GetString()!);
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            // RDKit draws one filled ellipse in the highlight colour per highlighted atom.
            var highlights = svg.Descendants().Where(e => e.Name.LocalName == "ellipse").ToList();
            Assert.Equal(atoms.Count, highlights.Count);
            Assert.All(highlights, e => Assert.Contains("#FF7F7F", (string?)e.Attribute("style") ?? ""));
            Assert.Contains(depiction.GetProperty("substances").EnumerateArray(), s => s.GetString()!.Contains("piperidone", StringComparison.OrdinalIgnoreCase));
        }

        using var goods = await analyst.GetFromJsonAsync<JsonDocument>($"/v1/rows/{rows[3]}");
        Assert.Equal("clear", goods!.RootElement.GetProperty("row").GetProperty("status").GetString());
        Assert.Empty(goods.RootElement.GetProperty("depictions").EnumerateArray());
    }

    [Fact]
    public async Task Analysts_take_and_hand_back_their_own_rows_supervisors_assign_anyone_of_the_team_and_a_stale_version_is_409()
    {
        var anaName = $"ana-{Guid.NewGuid():N}"[..12];
        var benName = $"ben-{Guid.NewGuid():N}"[..12];
        var outsiderName = $"out-{Guid.NewGuid():N}"[..12];
        using var ana = await Factory.ClientAsync(Role.Analyst, name: anaName);
        using var ben = await Factory.ClientAsync(Role.Analyst, name: benName);
        using var viewer = await Factory.ClientAsync(Role.Viewer);
        using var supervisor = await Factory.ClientAsync(Role.Supervisor);
        using var admin = await Factory.ClientAsync(Role.Admin);
        using var outsider = await Factory.ClientAsync(Role.Admin, tenant: "other-team", name: outsiderName);
        var (_, rows) = await ScreenAsync(ana);

        var taken = await AssignAsync(ana, rows[2], anaName, 0);
        Assert.Equal(HttpStatusCode.OK, taken.Status);
        Assert.Equal((anaName, 1), (taken.Row.GetProperty("assignee").GetString(), taken.Row.GetProperty("version").GetInt32()));

        // An analyst cannot take another's row, hand back another's row, or assign someone else; a viewer cannot assign at all.
        Assert.Equal(HttpStatusCode.Forbidden, (await AssignAsync(ben, rows[2], benName, 1)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await AssignAsync(ben, rows[2], null, 1)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await AssignAsync(ana, rows[4], benName, 0)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await AssignAsync(viewer, rows[4], null, 0)).Status);

        // A supervisor assigns anyone of the team; not a user of another team, not a name no one has.
        Assert.Equal(HttpStatusCode.OK, (await AssignAsync(supervisor, rows[4], benName, 0)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await AssignAsync(supervisor, rows[5], outsiderName, 0)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await AssignAsync(admin, rows[5], "no-such-user", 0)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await AssignAsync(admin, rows[5], " ", 0)).Status);
        // Another team's admin does not see the row at all.
        Assert.Equal(HttpStatusCode.NotFound, (await AssignAsync(outsider, rows[5], null, 0)).Status);

        // A stale version: nothing written, the answer carries the row as it is.
        var stale = await AssignAsync(ana, rows[2], null, 0);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal((anaName, 1), (stale.Row.GetProperty("assignee").GetString(), stale.Row.GetProperty("version").GetInt32()));
        var handedBack = await AssignAsync(ana, rows[2], null, 1);
        Assert.Equal(HttpStatusCode.OK, handedBack.Status);
        Assert.Equal(JsonValueKind.Null, handedBack.Row.GetProperty("assignee").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await AssignAsync(admin, rows[5], anaName, 0)).Status);

        // The queue filters by assignee and shows it on every row.
        Assert.Equal([rows[5]], await QueueIdsAsync(ana, "assigned=me"));
        Assert.Equal([rows[4]], await QueueIdsAsync(ben, "assigned=me"));
        Assert.Equal([rows[4]], await QueueIdsAsync(supervisor, $"assigned={benName}"));
        Assert.Equal([rows[2]], await QueueIdsAsync(viewer, "assigned=none"));
        using var queue = await ana.GetFromJsonAsync<JsonDocument>("/v1/queue?sort=line");
        Assert.Equal([null, benName, anaName], queue!.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("assignee").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await ana.GetAsync($"/v1/queue?assigned={outsiderName}")).StatusCode);

        // Every assignment is audited before -> after; refused ones are not.
        using var audit = await supervisor.GetFromJsonAsync<JsonDocument>("/v1/audit?action=row.assign");
        var entries = audit!.RootElement.GetProperty("entries").EnumerateArray().Reverse().ToList();
        Assert.Equal(4, entries.Count);
        Assert.Equal($"row:{rows[2]}", entries[0].GetProperty("target").GetString());
        Assert.Equal("{\"assignee\":null,\"version\":0}", entries[0].GetProperty("before").GetString());
        Assert.Equal($"{{\"assignee\":\"{anaName}\",\"version\":1}}", entries[0].GetProperty("after").GetString());
        Assert.StartsWith(anaName, entries[0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Rows_filter_by_party_chapter_text_status_risk_and_jurisdiction_sort_by_any_key_and_page()
    {
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        var (run, rows) = await ScreenAsync(analyst);
        var lineOf = rows.ToDictionary(r => r.Value, r => r.Key);
        async Task<List<int>> Lines(string filter)
        {
            using var page = await analyst.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?{filter}");
            return page!.RootElement.GetProperty("rows").EnumerateArray().Select(r => lineOf[r.GetProperty("id").GetInt64()]).ToList();
        }

        Assert.Equal([2], await Lines("party=gamma&sort=line"));
        Assert.Equal([4], await Lines("party=THETA notify&sort=line"));
        Assert.Equal([2], await Lines("party=alpha fine&sort=line"));
        Assert.Equal([5], await Lines("party=kappa&sort=line"));
        Assert.Equal([2, 4, 5], await Lines("hs_chapter=29&sort=line"));
        Assert.Equal([3], await Lines("hs_chapter=61"));
        Assert.Equal([3], await Lines("text=COTTON"));
        Assert.Equal([3], await Lines("status=clear"));
        using var npp = await analyst.GetFromJsonAsync<JsonDocument>($"/v1/rows/{rows[2]}");
        var risk = npp!.RootElement.GetProperty("row").GetProperty("risk").GetString();
        Assert.Contains(2, await Lines($"risk={risk}"));
        Assert.DoesNotContain(3, await Lines($"risk={risk}"));
        var us = await Lines("jurisdiction=us&sort=line");
        Assert.Contains(2, us);
        Assert.DoesNotContain(3, us);

        Assert.Equal([5, 4, 3, 2], await Lines("sort=line&order=desc"));
        Assert.Equal([2, 3, 5, 4], await Lines("sort=shipper"));
        Assert.Equal([4, 2, 5, 3], await Lines("sort=hs_code"));
        Assert.Equal([3, 5, 2, 4], await Lines("sort=hs_code&order=desc"));
        using var page = await analyst.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?sort=line&limit=2&offset=1");
        Assert.Equal(4, page!.RootElement.GetProperty("total").GetInt32());
        Assert.Equal([3, 4], page.RootElement.GetProperty("rows").EnumerateArray().Select(r => lineOf[r.GetProperty("id").GetInt64()]));
    }

    [Theory]
    [InlineData("sort=banana")]
    [InlineData("order=up")]
    [InlineData("status=banned")]
    [InlineData("risk=extreme")]
    [InlineData("jurisdiction=USA")]
    [InlineData("jurisdiction=US,UN")]
    [InlineData("hs_chapter=2")]
    [InlineData("hs_chapter=ab")]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("limit=ten")]
    [InlineData("offset=-1")]
    [InlineData("staus=clear")]
    [InlineData("status=clear&status=controlled")]
    [InlineData("assigned=nobody-at-all")]
    public async Task An_unknown_filter_sort_or_page_value_is_a_400_that_names_it(string filter)
    {
        using var viewer = await Factory.ClientAsync(Role.Viewer);
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        // The job need not have finished: the filters are refused before any row is read.
        var run = await ServerContractTests.SubmitAsync(analyst, await WriteDeclarationsAsync());
        var name = filter.Split('=')[0];
        foreach (var path in new[] { "/v1/queue", $"/v1/jobs/{run}/rows" })
        {
            var response = await viewer.GetAsync($"{path}?{filter}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(name, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task The_audit_log_exports_as_xlsx_with_the_same_entries_as_json_and_no_cell_is_a_formula()
    {
        var now = DateTimeOffset.UtcNow;
        await Factory.Store.AppendAuditAsync("default", now, "=1+2", "test.export", "thing:1", "+before", "{\"after\":1}");
        await Factory.Store.AppendAuditAsync("default", now.AddSeconds(1), "tester", "test.export", "thing:2", null, "@after");
        await Factory.Store.AppendAuditAsync("other-team", now, "tester", "test.export", "thing:3", null, null);
        using var supervisor = await Factory.ClientAsync(Role.Supervisor);

        using var json = await supervisor.GetFromJsonAsync<JsonDocument>("/v1/audit?action=test.export");
        var expected = json!.RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => (e.GetProperty("id").GetInt64(), e.GetProperty("actor").GetString(), e.GetProperty("target").GetString(),
                e.GetProperty("before").GetString(), e.GetProperty("after").GetString()))
            .ToList();
        Assert.Equal(2, expected.Count);

        using var response = await supervisor.GetAsync("/v1/audit?action=test.export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var sheet = new MemoryStream(bytes);
        var rows = MiniExcelLibs.MiniExcel.Query(sheet, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["id", "at", "actor", "action", "target", "before", "after"], rows[0].Keys);
        var actual = rows.Select(r => (Convert.ToInt64(r["id"], System.Globalization.CultureInfo.InvariantCulture), r["actor"] as string, r["target"] as string,
            r["before"] as string, r["after"] as string)).ToList();
        Assert.Equal(expected, actual);
        Assert.All(rows, r => Assert.Equal("test.export", r["action"]));

        // Text that looks like a formula is stored as text: the sheet has no formula element.
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        var worksheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(worksheets);
        foreach (var entry in worksheets)
        {
            using var reader = new StreamReader(entry.Open());
            var xml = XDocument.Parse(await reader.ReadToEndAsync());
            Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName == "f");
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync("/v1/audit?format=pdf")).StatusCode);
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/v1/audit?format=xlsx")).StatusCode);
    }

    [Fact]
    public async Task Streamed_rows_stay_invisible_until_the_run_commits_other_writes_go_on_meanwhile_and_an_abandoned_run_leaves_none()
    {
        var store = Factory.Store;
        var first = await NewRunAsync(store);
        await using (var writer = await store.OpenRunRowsAsync(first))
        {
            await writer.WriteAsync(Rows(first, 1500));
            // Another writer is not held up by the open run (on SQLite it would wait for the lock and fail after the busy timeout).
            await store.AppendAuditAsync("default", DateTimeOffset.UtcNow, "test", "test.during-run", "thing:1", null, null);
            await writer.WriteAsync(Rows(first, 7));
            Assert.Equal(0, await CountRowsAsync(first));
            await writer.CompleteAsync(DateTimeOffset.UtcNow);
            Assert.Equal(1507, writer.Written);
        }

        Assert.Equal(1507, await CountRowsAsync(first));
        Assert.Equal(1507, (await store.GetRunAsync("default", first))!.Rows);
        var page = await store.ListRowsAsync("default", new RowQuery { RunId = first, Sort = "line", Limit = 2 });
        Assert.Equal((1507L, 1), (page.Total, page.Rows[0].Line));

        var second = await NewRunAsync(store);
        await using (var writer = await store.OpenRunRowsAsync(second))
        {
            await writer.WriteAsync(Rows(second, 64 * 3 + 5));
            var disposed = await store.DisposeAsync("default", page.Rows[0].Id, 0, "held", "during another run", "test", DateTimeOffset.UtcNow);
            Assert.Equal(DispositionOutcomeKind.Stored, disposed.Kind);
        }

        // Disposed without completing, as a crash would leave it: none of its rows remain.
        Assert.Equal(0, await CountRowsAsync(second));
        Assert.Equal("held", (await store.GetRowAsync("default", page.Rows[0].Id))!.Disposition);
    }

    /// <summary>Rows of a run in the database, whatever the run's state (not through the store's reads, which show complete runs only).</summary>
    protected abstract Task<long> CountRowsAsync(string run);

    private static async Task<string> NewRunAsync(ICaseStore store)
    {
        var id = Guid.NewGuid().ToString("N");
        await store.CreateRunAsync(new ScreeningRun
        {
            Id = id, Tenant = "default", CreatedBy = "test", CreatedAt = DateTimeOffset.UtcNow, InputName = "streamed.csv", InputSha256 = "0", Options = "{}",
            KbVersion = "test",
        });
        await store.StartRunAsync(id);
        return id;
    }

    private static List<CaseRow> Rows(string run, int count) => Enumerable.Range(1, count).Select(line => new CaseRow
    {
        RunId = run, Tenant = "default", Line = line, Status = "clear", Risk = "none", Score = 0, Description = $"goods {line}", Result = "{}",
        Structures = line % 100 == 0 ? [new CaseStructure("description", "x", "CCO", ["ethanol"], [0, 1])] : [],
    }).ToList();

    private static async Task<(HttpStatusCode Status, JsonElement Row)> AssignAsync(HttpClient client, long row, string? assignee, int version)
    {
        using var response = await client.PostAsJsonAsync($"/v1/rows/{row}/assign", new { assignee, version });
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return (response.StatusCode, body.RootElement.TryGetProperty("row", out var r) ? r.Clone() : default);
    }

    private static async Task<List<long>> QueueIdsAsync(HttpClient client, string filter)
    {
        using var queue = await client.GetFromJsonAsync<JsonDocument>($"/v1/queue?{filter}&sort=line");
        return queue!.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToList();
    }

    /// <summary>Screens <see cref="Declarations"/> and returns the run and its row ids by input line.</summary>
    private async Task<(string Run, Dictionary<int, long> Rows)> ScreenAsync(HttpClient client)
    {
        var run = await ServerContractTests.SubmitAsync(client, await WriteDeclarationsAsync());
        var done = await ServerContractTests.WaitAsync(client, run);
        Assert.Equal("complete", done.GetProperty("status").GetString());
        using var page = await client.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?sort=line&limit=500");
        var rows = page!.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("id").GetInt64());
        Assert.Equal([2, 3, 4, 5], rows.Keys.Order());
        return (run, rows);
    }

    private async Task<string> WriteDeclarationsAsync()
    {
        var path = Path.Combine(Factory.DataDirectory, $"case-{Guid.NewGuid():N}.csv");
        Directory.CreateDirectory(Factory.DataDirectory);
        await File.WriteAllTextAsync(path, Declarations);
        return path;
    }
}
