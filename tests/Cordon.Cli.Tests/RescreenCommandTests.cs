using Cordon.Storage;
using Cordon.Storage.Sqlite;

namespace Cordon.Cli.Tests;

/// <summary><c>cordon rescreen</c> on a server's SQLite store: a run stored under another knowledge base is screened again with
/// the real rules, and the summary counts the rows changed; bad options fail closed.</summary>
public sealed class RescreenCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"cordon-cli-rescreen-{Guid.NewGuid():N}");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task A_run_from_an_older_knowledge_base_is_rescreened_and_its_changed_row_counted()
    {
        Directory.CreateDirectory(_data);
        var store = new SqliteCaseStore(Path.Combine(_data, "cases.db"));
        await store.MigrateAsync();
        var at = DateTimeOffset.UtcNow;
        var run = new ScreeningRun
        {
            Id = "0123456789abcdef0123456789abcdef", Tenant = "default", CreatedBy = "ana", CreatedAt = at, InputName = "declarations.csv",
            InputSha256 = new string('0', 64), Options = """{"InputName":"declarations.csv","Jurisdictions":"US"}""", KbVersion = "2000.01.01+older",
        };
        await store.CreateRunAsync(run);
        // A row as a server before schema 2 stored it: the verdict under the older law, the columns echoed, no declaration kept.
        var result = System.Text.Json.JsonSerializer.Serialize(new
        {
            row = 1, line = 2, id = "R-2", status = "clear", risk = "none", score = 0, score_pieces = Array.Empty<object>(), findings = Array.Empty<object>(),
            columns = new Dictionary<string, string> { ["declaration_id"] = "R-2", ["goods_description"] = "Acetone 99%, 200 L drums" }, error = (string?)null,
            kb_version = "2000.01.01+older",
        });
        await store.CompleteRunAsync(run.Id, [new CaseRow
        {
            RunId = run.Id, Tenant = "default", Line = 2, Status = "clear", Risk = "none", Score = 0, Description = "Acetone 99%, 200 L drums", Result = result,
        }], at);

        var (code, stdout, stderr) = CliRunner.Run("rescreen", "--data", _data, "--rules", CliRunner.RepoFile("rules"));
        Assert.True(code == 0, stderr);
        Assert.Equal(["runs: 1", "rows checked: 1", "rows changed: 1", "rows not re-screenable: 0"], stdout.Trim().Split('\n'));
        var row = (await store.ListRowsAsync("default", new RowQuery { RaisedOnly = true })).Rows.Single();
        Assert.Equal("controlled", row.Status);
        Assert.StartsWith("new since kb 2000.01.01+older → ", row.RaisedReason);

        var again = CliRunner.Run("rescreen", "--data", _data, "--rules", CliRunner.RepoFile("rules"));
        Assert.Equal(["runs: 0", "rows checked: 0", "rows changed: 0", "rows not re-screenable: 0"], again.Stdout.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("--watchlist", "/nonexistent/list.csv")]
    [InlineData("--previous-rules", "/nonexistent/rules")]
    [InlineData("--batch", "10")]
    public void Bad_options_fail_closed(string option, string value)
    {
        var (code, _, stderr) = CliRunner.Run("rescreen", "--data", _data, option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, stderr);
    }
}
