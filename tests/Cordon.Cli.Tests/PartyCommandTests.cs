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
            Assert.Equal(2, CliRunner.Run("party", "clear", "Kaikai Technology Co Ltd", "--list", "FOO", "--id", "18661", "--note", "n", "--store", store).ExitCode);
            Assert.Equal(2, CliRunner.Run("party", "clear", "Kaikai Technology Co Ltd", "--list", "OFAC-SDN", "--id", "99999999", "--note", "n", "--store", store).ExitCode);
            Assert.Equal(2, CliRunner.Run("party", "clear", "Kaikai Technology Co Ltd", "--list", "OFAC-SDN", "--id", "18661", "--store", store).ExitCode);
            Assert.Equal(0, CliRunner.Run("party", "clear", "Kaikai Technology Co Ltd", "--list", "OFAC-SDN", "--id", "18661", "--by", "tester", "--note", "a namesake in Shenzhen", "--store", store).ExitCode);
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

            // Revoking needs who and why; the pair alerts again; the record shows both.
            Assert.Equal(2, CliRunner.Run("party", "unclear", "Kaikai Technology Co Ltd", "--list", "OFAC-SDN", "--id", "18661", "--store", store).ExitCode);
            Assert.Equal(0, CliRunner.Run("party", "unclear", "Kaikai Technology Co Ltd", "--list", "OFAC-SDN", "--id", "18661", "--by", "lead", "--reason", "same phone number", "--store", store).ExitCode);
            Assert.Equal(2, CliRunner.Run("party", "unclear", "Kaikai Technology Co Ltd", "--list", "OFAC-SDN", "--id", "18661", "--reason", "again", "--store", store).ExitCode);
            using var again = JsonDocument.Parse(CliRunner.Run("party", "Kaikai Tech Co., Ltd.", "--store", store, "--format", "json").Stdout);
            Assert.Equal(JsonValueKind.Null, again.RootElement.GetProperty("matches")[0].GetProperty("cleared").ValueKind);
            var show = CliRunner.Run("lists", "show", "--store", store).Stdout;
            Assert.Contains("a namesake in Shenzhen", show);
            Assert.Contains("revoked by lead", show);
            Assert.Contains("same phone number", show);
        }
        finally
        {
            File.Delete(store);
        }
    }

    [Fact]
    public void Results_carry_the_algorithm_and_feature_vector_and_supporting_options_are_used()
    {
        var (code, stdout, _) = CliRunner.Run("party", "Zhang Lei", "--dob", "1976-01-03", "--country", "China", "--type", "person", "--watchlist", Sdn(), "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("CN", doc.RootElement.GetProperty("country").GetString());
        var match = doc.RootElement.GetProperty("matches")[0];
        Assert.Equal("16318", match.GetProperty("id").GetString());
        Assert.Equal("match", match.GetProperty("tier").GetString());
        Assert.StartsWith("cordon-party-v2@", match.GetProperty("algorithm").GetString());
        Assert.True(match.GetProperty("features").GetProperty("dob_match").GetDouble() > 0);
        Assert.True(match.GetProperty("features").GetProperty("country_match").GetDouble() > 0);

        using var alone = JsonDocument.Parse(CliRunner.Run("party", "Zhang Lei", "--watchlist", Sdn(), "--format", "json").Stdout);
        var review = alone.RootElement.GetProperty("matches")[0];
        Assert.Equal("review", review.GetProperty("tier").GetString());
        Assert.Contains(review.GetProperty("explanation").EnumerateArray(), e => e.GetString()!.Contains("confirm with date of birth or nationality"));
    }

    [Theory]
    [InlineData("--country", "Narnia")]
    [InlineData("--dob", "someday")]
    [InlineData("--type", "vessel")]
    [InlineData("--gender", "x")]
    public void Supporting_options_fail_closed(string option, string value)
    {
        var (code, _, stderr) = CliRunner.Run("party", "Zhang Lei", option, value, "--watchlist", Sdn());
        Assert.Equal(2, code);
        Assert.Contains(value, stderr);
    }

    [Theory]
    [InlineData("USA")]
    [InlineData("US")]
    [InlineData("United States")]
    public void Countries_are_accepted_by_code_and_name(string country)
    {
        var (code, stdout, _) = CliRunner.Run("party", "Boyle Chemical", "--country", country, "--watchlist", Sdn(), "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("US", doc.RootElement.GetProperty("country").GetString());
    }

    [Fact]
    public void A_party_csv_takes_supporting_columns_echoes_the_others_and_reports_bad_rows_by_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "ref,name,country,dob,id,type\nR1,Zhang Lei,CN,1976-01-03,,person\nR2,Zhang Lei,Narnia,,,\nR3,Somebody,,,G23851362,\n");
        try
        {
            var (code, stdout, stderr) = CliRunner.Run("party", "--file", file, "--watchlist", Sdn());
            Assert.Equal(0, code);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["R1", "R2", "R3"], lines.Select(l => l.GetProperty("columns").GetProperty("ref").GetString()));
            Assert.Equal("match", lines[0].GetProperty("matches")[0].GetProperty("tier").GetString());
            Assert.Contains(":3: unknown country 'Narnia'", lines[1].GetProperty("error").GetString());
            Assert.Contains(":3: unknown country 'Narnia'", stderr);
            Assert.Equal("16318", lines[2].GetProperty("matches")[0].GetProperty("id").GetString());
        }
        finally
        {
            File.Delete(file);
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
