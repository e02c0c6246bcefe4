using System.Text.Json;
using Cordon.Application;
using Cordon.Application.Rescreening;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>Retro-hunting against the real rules and components, once per store provider: a declarations file screened under
/// older rules (or an older watch list) is screened again under the new ones, and exactly the rows whose verdict changed are
/// raised, with the reason and the cause.</summary>
public abstract class RetroHuntTests : IAsyncLifetime
{
    private const string Tenant = "customs";
    private readonly string _uploads = Path.Combine(Path.GetTempPath(), $"cordon-retro-uploads-{Guid.NewGuid():N}");

    protected ICaseStore Store { get; private set; } = null!;

    protected abstract ICaseStore NewStore();

    protected abstract Task ExecuteAsync(string sql);

    public async Task InitializeAsync()
    {
        Store = NewStore();
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        if (Directory.Exists(_uploads))
        {
            Directory.Delete(_uploads, recursive: true);
        }
    }

    [Fact]
    public async Task A_rules_change_raises_the_row_that_became_controlled_with_the_entry_that_caused_it_and_only_that_row()
    {
        var run = await ScreenAsync(RetroHuntFixture.Screening(RetroHuntFixture.Older));
        var rows = await RowsAsync(run);
        Assert.Equal(["clear", "clear", "clear", "controlled"], rows.Select(r => r.Status));
        // An analyst cleared the acetone row and held the fentanyl one under the older law.
        Assert.Equal(DispositionOutcomeKind.Stored, (await Store.DisposeAsync(Tenant, rows[1].Id, 0, "cleared", "solvent", "ana", DateTimeOffset.UtcNow)).Kind);
        Assert.Equal(DispositionOutcomeKind.Stored, (await Store.DisposeAsync(Tenant, rows[3].Id, 0, "held", null, "ana", DateTimeOffset.UtcNow)).Kind);

        var hunt = new RetroHunt(Store, RetroHuntFixture.Screening(RetroHuntFixture.Current), TimeProvider.System, RetroHuntFixture.Older);
        var summary = await hunt.RunAllAsync("supervisor", CancellationToken.None);
        Assert.Equal(new RescreenSummary(1, 1, 4, 1, 0), summary);

        var after = await RowsAsync(run);
        var acetone = after[1];
        Assert.Equal("controlled", acetone.Status);
        // The case view draws the new finding: the structures column follows the new result.
        Assert.Empty(rows[1].Structures);
        Assert.NotEmpty(acetone.Structures);
        Assert.Equal($"new since kb {RetroHuntFixture.Older.Version} → {RetroHuntFixture.Current.Version}", acetone.RaisedReason);
        using var cause = JsonDocument.Parse(acetone.RaisedCause!);
        var gained = cause.RootElement.GetProperty("gained").EnumerateArray().Single();
        Assert.Equal(RetroHuntFixture.RemovedEntry, gained.GetProperty("entry").GetString());
        Assert.Equal("US", gained.GetProperty("jurisdiction").GetString());
        Assert.Contains("21 CFR 1310.02(b)(2)", gained.GetProperty("citation").GetString());
        Assert.Equal("clear", cause.RootElement.GetProperty("status").GetProperty("from").GetString());
        var ruleChange = cause.RootElement.GetProperty("rule_changes").EnumerateArray().Single();
        Assert.Equal(("added", RetroHuntFixture.RemovedEntry), (ruleChange.GetProperty("kind").GetString(), ruleChange.GetProperty("id").GetString()));

        // Back undecided, history intact; the other rows untouched (the held one still held).
        Assert.Null(acetone.Disposition);
        Assert.Equal(["cleared"], (await Store.ListDispositionsAsync(Tenant, acetone.Id)).Select(d => d.Disposition));
        Assert.All(after.Where(r => r.Id != acetone.Id), r => Assert.Null(r.RaisedAt));
        Assert.Equal("held", after[3].Disposition);
        Assert.Equal(rows[0].Result, after[0].Result);

        var queue = await Store.ListRowsAsync(Tenant, new RowQuery { UndecidedOnly = true, RaisedOnly = true });
        Assert.Equal([acetone.Id], queue.Rows.Select(r => r.Id));
        var raise = (await Store.ListAuditAsync(Tenant, new AuditQuery(Action: "row.raise"))).Single();
        Assert.Equal($"row:{acetone.Id}", raise.Target);
        Assert.Contains("\"disposition\":\"cleared\"", raise.Before);
        Assert.Contains("\"status\":\"controlled\"", raise.After);

        // The run is now current with the law: a second hunt finds nothing to do.
        Assert.Equal(RetroHuntFixture.Current.Version, (await Store.GetRunAsync(Tenant, run))!.KbVersion);
        Assert.Equal(new RescreenSummary(0, 0, 0, 0, 0), await hunt.RunAllAsync("supervisor", CancellationToken.None));
    }

    [Fact]
    public async Task An_interrupted_rescreen_resumes_from_its_cursor_and_ends_with_the_same_counts()
    {
        var run = await ScreenAsync(RetroHuntFixture.Screening(RetroHuntFixture.Older));
        var screening = RetroHuntFixture.Screening(RetroHuntFixture.Current);
        var first = new RetroHunt(Store, screening, TimeProvider.System) { BatchSize = 1 };
        var rescreen = await first.StartAsync(Tenant, "supervisor", CancellationToken.None);
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunAsync(Tenant, rescreen.Id, stop.Token, _ => stop.Cancel()));

        var stopped = (await Store.GetRescreenAsync(Tenant, rescreen.Id))!;
        Assert.Equal(RunStatus.Running, stopped.Status);
        Assert.Equal((run, 1L), (stopped.CursorRun, stopped.RowsChecked));
        Assert.Equal([rescreen.Id], (await Store.UnfinishedRescreensAsync()).Select(r => r.Id));

        // A new process (a restart) picks it up where it stopped.
        var resumed = new RetroHunt(Store, screening, TimeProvider.System) { BatchSize = 1 };
        var summary = await resumed.RunAllAsync("cordon", CancellationToken.None);
        Assert.Equal(new RescreenSummary(1, 1, 4, 1, 0), summary);
        Assert.Equal(RunStatus.Complete, (await Store.GetRescreenAsync(Tenant, rescreen.Id))!.Status);
        Assert.Single(await Store.ListAuditAsync(Tenant, new AuditQuery(Action: "row.raise")));
        Assert.Equal("controlled", (await RowsAsync(run))[1].Status);
    }

    [Fact]
    public async Task A_rescreen_left_for_older_versions_is_superseded_and_a_new_one_covers_every_row()
    {
        var run = await ScreenAsync(RetroHuntFixture.Screening(RetroHuntFixture.Older));
        var first = new RetroHunt(Store, RetroHuntFixture.Screening(RetroHuntFixture.Current), TimeProvider.System) { BatchSize = 1 };
        var left = await first.StartAsync(Tenant, "cordon", CancellationToken.None);
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunAsync(Tenant, left.Id, stop.Token, _ => stop.Cancel()));

        // The lists changed too before it finished: the next process has other versions.
        var next = new RetroHunt(Store, RetroHuntFixture.Screening(RetroHuntFixture.Current, RetroHuntFixture.WatchList(withNewDesignee: true)),
            TimeProvider.System);
        Assert.Equal(new RescreenSummary(1, 1, 4, 2, 0), await next.RunAllAsync("cordon", CancellationToken.None));
        var superseded = (await Store.GetRescreenAsync(Tenant, left.Id))!;
        Assert.Equal(RunStatus.Failed, superseded.Status);
        Assert.StartsWith("superseded", superseded.Error);
        Assert.Equal(["new since kb", "new designee"],
            (await RowsAsync(run)).Where(r => r.RaisedAt is not null).Select(r => r.RaisedReason!.StartsWith("new since kb") ? "new since kb" : r.RaisedReason));
    }

    [Fact]
    public async Task A_watch_list_change_raises_the_row_whose_party_is_now_designated()
    {
        var run = await ScreenAsync(RetroHuntFixture.Screening(RetroHuntFixture.Current, RetroHuntFixture.WatchList(withNewDesignee: false)));
        var hunt = new RetroHunt(Store, RetroHuntFixture.Screening(RetroHuntFixture.Current, RetroHuntFixture.WatchList(withNewDesignee: true)),
            TimeProvider.System);
        Assert.Equal(new RescreenSummary(1, 1, 4, 1, 0), await hunt.RunAllAsync("cordon", CancellationToken.None));

        var raised = (await RowsAsync(run)).Single(r => r.RaisedAt is not null);
        Assert.Equal(RetroHuntFixture.NewDesignee, raised.Shipper);
        Assert.Equal("new designee", raised.RaisedReason);
        using var cause = JsonDocument.Parse(raised.RaisedCause!);
        var gained = cause.RootElement.GetProperty("gained").EnumerateArray().Single();
        Assert.Equal(("party", "inhouse", "W-2", RetroHuntFixture.NewDesignee),
            (gained.GetProperty("kind").GetString(), gained.GetProperty("list").GetString(), gained.GetProperty("entry").GetString(),
                gained.GetProperty("name").GetString()));
        Assert.True(cause.RootElement.TryGetProperty("watchlists", out var lists) && lists.ValueKind == JsonValueKind.Object);
        Assert.Equal(JsonValueKind.Null, cause.RootElement.GetProperty("kb").ValueKind);
    }

    [Fact]
    public async Task Rows_stored_before_declarations_were_kept_are_rescreened_from_their_result_or_counted_as_not_rescreenable()
    {
        var run = await ScreenAsync(RetroHuntFixture.Screening(RetroHuntFixture.Older));
        var rows = await RowsAsync(run);
        // As a schema-1 database left them: no declaration kept, no watch-list version; one row echoes a column that cannot be placed.
        await ExecuteAsync($"UPDATE case_rows SET record = NULL WHERE run_id = '{run}'");
        await ExecuteAsync($"UPDATE runs SET watchlist_version = NULL WHERE id = '{run}'");
        await ExecuteAsync($"UPDATE case_rows SET result = REPLACE(result, '\"quantity\":', '\"column 9\":') WHERE id = {rows[0].Id}");

        var hunt = new RetroHunt(Store, RetroHuntFixture.Screening(RetroHuntFixture.Current), TimeProvider.System);
        Assert.Equal(new RescreenSummary(1, 1, 3, 1, 1), await hunt.RunAllAsync("cordon", CancellationToken.None));
        Assert.Equal("controlled", (await RowsAsync(run))[1].Status);
    }

    private async Task<string> ScreenAsync(ScreeningService screening)
    {
        var jobs = new ScreeningJobs(Store, screening, _uploads, TimeProvider.System);
        await using var content = File.OpenRead(RetroHuntFixture.Declarations());
        var run = await jobs.SubmitAsync(Tenant, "ana", new ScreenRequest("declarations.csv", "US"), content, CancellationToken.None);
        await jobs.RunAsync(Tenant, run.Id, CancellationToken.None);
        Assert.Equal(RunStatus.Complete, (await Store.GetRunAsync(Tenant, run.Id))!.Status);
        return run.Id;
    }

    private async Task<IReadOnlyList<CaseRow>> RowsAsync(string run) =>
        (await Store.ListRowsAsync(Tenant, new RowQuery { RunId = run, Sort = "line" })).Rows;
}
