using System.Text.Json;

namespace Cordon.Cli.Tests;

public sealed class ScreenCommandTests
{
    [Fact]
    public void Jsonl_gives_one_line_per_row_in_order_with_status_risk_score_and_evidence()
    {
        var sample = CliRunner.RepoFile("samples", "declarations.csv");
        var (code, stdout, stderr) = CliRunner.Run("screen", sample, "--format", "jsonl");
        Assert.Equal(0, code);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r.GetProperty("row").GetInt32()));
        // Every record of the sample starts its line with its id: one output row each, none lost.
        Assert.Equal(File.ReadLines(sample).Where(l => l.StartsWith("DEC-", StringComparison.Ordinal)).Select(l => l.Split(',')[0]),
            rows.Select(r => r.GetProperty("id").GetString()));
        var npp = rows.Single(r => r.GetProperty("id").GetString() == "DEC-0003");
        Assert.Equal("controlled", npp.GetProperty("status").GetString());
        Assert.Equal("high", npp.GetProperty("risk").GetString());
        var evidence = npp.GetProperty("findings")[0];
        foreach (var key in new[] { "column", "start", "end", "text", "rule", "feature", "weight", "explanation", "check" })
        {
            Assert.True(evidence.TryGetProperty(key, out _), key);
        }

        Assert.Contains("controlled", stderr);
    }

    [Fact]
    public void Html_report_is_one_self_contained_file()
    {
        var sample = CliRunner.RepoFile("samples", "declarations.csv");
        var output = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.html");
        try
        {
            Assert.Equal(0, CliRunner.Run("screen", sample, "--format", "html", "--out", output).ExitCode);
            var html = File.ReadAllText(output);
            Assert.Contains("<svg", html);
            Assert.Contains("<mark", html);
            Assert.DoesNotContain("<link", html);
            Assert.DoesNotContain("src=\"http", html);
            Assert.Equal(29, html.Split("<tr data-row").Length - 1);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Missing_file_and_bad_map_are_usage_errors()
    {
        var missing = CliRunner.Run("screen", "/no/such/declarations.csv");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("/no/such/declarations.csv", missing.Stderr);
        var sample = CliRunner.RepoFile("samples", "declarations.csv");
        var badMap = CliRunner.Run("screen", sample, "--map", "nope=description");
        Assert.Equal(2, badMap.ExitCode);
        Assert.Contains("no column named 'nope'", badMap.Stderr);
    }
}
