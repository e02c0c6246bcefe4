using System.Text.Json;

namespace Cordon.Cli.Tests;

public sealed class PartyCommandTests
{
    private static string Sdn() => CliRunner.RepoFile("..", "shared", "data", "ofac-sdn-2021");

    [Fact]
    public void A_designee_variant_is_matched_with_the_list_id_alias_and_explanation()
    {
        var (code, stdout, _) = CliRunner.Run("party", "Shanghai Boyle Chemical Co Ltd", "--watchlist", Sdn(), "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var match = doc.RootElement.GetProperty("matches")[0];
        Assert.Equal("16907", match.GetProperty("id").GetString());
        Assert.Equal("SHANGHAI BOYLE CHEMICAL CO., LTD.", match.GetProperty("matched_name").GetString());
        Assert.Equal("match", match.GetProperty("tier").GetString());
        Assert.Equal("SDNTK", match.GetProperty("program").GetString());
        Assert.True(match.GetProperty("explanation").GetArrayLength() >= 2);
    }

    [Fact]
    public void A_file_of_parties_gives_one_line_each_in_order_and_generic_names_match_nothing()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Kaikai Tech Co., Ltd.\nChemical Co Ltd\n\nA Team Chemicals Co Ltd\n");
        try
        {
            var (code, stdout, _) = CliRunner.Run("party", "--file", file, "--watchlist", Sdn());
            Assert.Equal(0, code);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["Kaikai Tech Co., Ltd.", "Chemical Co Ltd", "A Team Chemicals Co Ltd"], lines.Select(l => l.GetProperty("query").GetString()));
            Assert.Equal("18661", lines[0].GetProperty("matches")[0].GetProperty("id").GetString());
            Assert.Equal(0, lines[1].GetProperty("matches").GetArrayLength());
            Assert.Equal("9554", lines[2].GetProperty("matches")[0].GetProperty("id").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Imported_lists_and_clearances_persist_in_the_store_and_screen_uses_them()
    {
        var store = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.db");
        try
        {
            Assert.Equal(0, CliRunner.Run("lists", "import", Sdn(), "--store", store).ExitCode);
            Assert.Equal(0, CliRunner.Run("party", "clear", "Kaikai Technology Co Ltd", "--list", "OFAC-SDN", "--id", "18661", "--by", "tester", "--store", store).ExitCode);
            var (_, stdout, _) = CliRunner.Run("party", "Kaikai Tech Co., Ltd.", "--store", store, "--format", "json");
            using var doc = JsonDocument.Parse(stdout);
            var match = doc.RootElement.GetProperty("matches")[0];
            Assert.Equal("tester", match.GetProperty("cleared").GetProperty("by").GetString());

            var sample = CliRunner.RepoFile("samples", "declarations.csv");
            var screen = CliRunner.Run("screen", sample, "--store", store, "--format", "jsonl");
            var rows = screen.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            var boyle = rows.Single(r => r.GetProperty("id").GetString() == "DEC-0028");
            Assert.Equal("high", boyle.GetProperty("risk").GetString());
            Assert.Contains(boyle.GetProperty("findings").EnumerateArray(), f => f.GetProperty("feature").GetString() == "narcotics-designee");
            var kaikai = rows.Single(r => r.GetProperty("id").GetString() == "DEC-0029");
            Assert.Equal("none", kaikai.GetProperty("risk").GetString());
            Assert.Contains(kaikai.GetProperty("findings").EnumerateArray(), f => f.GetProperty("explanation").GetString()!.Contains("cleared by tester"));
        }
        finally
        {
            File.Delete(store);
        }
    }

    [Fact]
    public void No_watch_list_and_missing_files_are_usage_errors()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.db");
        try
        {
            var none = CliRunner.Run("party", "Acme", "--store", empty);
            Assert.Equal(2, none.ExitCode);
            Assert.Contains("no watch list", none.Stderr);
            Assert.Equal(2, CliRunner.Run("party", "Acme", "--watchlist", "/no/such/list.csv").ExitCode);
        }
        finally
        {
            File.Delete(empty);
        }
    }
}
