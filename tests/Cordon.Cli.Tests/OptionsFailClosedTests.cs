using System.Text;
using System.Text.Json;

namespace Cordon.Cli.Tests;

/// <summary>Every option refuses a value it does not know (exit 2, naming the valid ones) instead of answering for nothing.</summary>
public sealed class OptionsFailClosedTests
{
    private static string Temp(string extension, string text) => TempBytes(extension, new UTF8Encoding(false).GetBytes(text));

    private static string TempBytes(string extension, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("check", "acetone")]
    [InlineData("kb", "list")]
    public void An_unknown_jurisdiction_is_a_usage_error_listing_the_valid_codes(string command, string argument)
    {
        var (code, stdout, stderr) = CliRunner.Run(command, argument, "--jurisdiction", "USA");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("unknown USA", stderr);
        foreach (var valid in new[] { "UN", "US", "EU", "CN", "CA", "MX" })
        {
            Assert.Contains(valid, stderr);
        }

        Assert.Equal(0, CliRunner.Run(command, argument, "--jurisdiction", "us,UN").ExitCode);
        Assert.Equal(2, CliRunner.Run(command, argument, "--jurisdiction", ",").ExitCode);
    }

    [Fact]
    public void Screen_refuses_an_unknown_jurisdiction_encoding_map_field_and_map_column()
    {
        var sample = CliRunner.RepoFile("samples", "declarations.csv");
        var jurisdiction = CliRunner.Run("screen", sample, "--jurisdiction", "USA");
        Assert.Equal(2, jurisdiction.ExitCode);
        Assert.Contains("valid: ", jurisdiction.Stderr);
        var encoding = CliRunner.Run("screen", sample, "--encoding", "klingon");
        Assert.Equal(2, encoding.ExitCode);
        Assert.Contains("valid: utf-8", encoding.Stderr);
        var field = CliRunner.Run("screen", sample, "--map", "goods_description=stuff");
        Assert.Equal(2, field.ExitCode);
        Assert.Contains("hscode", field.Stderr);
        var column = CliRunner.Run("screen", sample, "--map", "nope=description");
        Assert.Equal(2, column.ExitCode);
        Assert.Contains("no column named 'nope'", column.Stderr);
        Assert.Equal("", column.Stdout);
    }

    [Fact]
    public void Utf16_declared_on_a_utf8_file_is_not_zero_rows_and_exit_zero()
    {
        var path = Temp(".csv", "id,description\nA1,NPP\nA2,rice\n");
        try
        {
            var (code, stdout, stderr) = CliRunner.Run("screen", path, "--encoding", "utf-16");
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            Assert.Contains("no description column", stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_undetected_description_column_names_the_headers_and_the_map_that_fixes_it()
    {
        var path = Temp(".csv", "ref,goods_text,weight\nR1,NPP,10 kg\n");
        try
        {
            var (code, stdout, stderr) = CliRunner.Run("screen", path);
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            Assert.Contains("headers: ref, goods_text, weight", stderr);
            Assert.Contains("--map \"goods_text=description\"", stderr);
            var fixedRun = CliRunner.Run("screen", path, "--map", "goods_text=description");
            Assert.Equal(0, fixedRun.ExitCode);
            Assert.Equal("controlled", JsonDocument.Parse(fixedRun.Stdout.Trim()).RootElement.GetProperty("status").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_refuses_an_unknown_column_and_a_column_without_a_csv_file()
    {
        var csv = Temp(".csv", "id,query\n1,acetone\n");
        var text = Temp(".txt", "acetone\n");
        try
        {
            var unknown = CliRunner.Run("check", "--file", csv, "--column", "smiles");
            Assert.Equal(2, unknown.ExitCode);
            Assert.Contains("columns: id, query", unknown.Stderr);
            Assert.Equal(2, CliRunner.Run("check", "--file", text, "--column", "query").ExitCode);
            Assert.Equal(2, CliRunner.Run("check", "acetone", "--column", "query").ExitCode);
        }
        finally
        {
            File.Delete(csv);
            File.Delete(text);
        }
    }

    [Fact]
    public void An_unclosed_quote_in_a_screened_file_is_one_error_row_and_the_rest_are_screened()
    {
        var path = Temp(".csv", "id,hs_code,description\nA1,1006.30,rice\nA2,2933.39,\"never closed\nA3,2933.39,NPP\n");
        try
        {
            var (code, stdout, _) = CliRunner.Run("screen", path);
            Assert.Equal(0, code);
            var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["clear", "error", "controlled"], rows.Select(r => r.GetProperty("status").GetString()));
            Assert.StartsWith($"{Path.GetFileName(path)}:3:", rows[1].GetProperty("error").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Clearing_an_unknown_list_or_entry_and_showing_a_missing_store_are_usage_errors()
    {
        var store = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.db");
        try
        {
            Assert.Equal(2, CliRunner.Run("lists", "show", "--store", store).ExitCode);
            Assert.False(File.Exists(store), "showing must not create a store");
            Assert.Equal(2, CliRunner.Run("party", "clear", "Someone", "--list", "OFAC-SDN", "--id", "1", "--note", "n", "--store", store).ExitCode);
            var csv = Temp(".csv", "name,aliases,country,id,notes\nAcme Trading,,CN,X1,\n");
            try
            {
                Assert.Equal(0, CliRunner.Run("lists", "import", csv, "--store", store).ExitCode);
                var show = CliRunner.Run("lists", "show", "--store", store);
                Assert.Equal(0, show.ExitCode);
                var listName = show.Stdout.Split(':')[0];
                var badList = CliRunner.Run("party", "clear", "Acme Trading", "--list", "NO-SUCH-LIST", "--id", "X1", "--note", "n", "--store", store);
                Assert.Equal(2, badList.ExitCode);
                Assert.Contains(listName, badList.Stderr);
                Assert.Equal(2, CliRunner.Run("party", "clear", "Acme Trading", "--list", listName, "--id", "NO-SUCH-ID", "--note", "n", "--store", store).ExitCode);
                Assert.Equal(0, CliRunner.Run("party", "clear", "Acme Trading", "--list", listName, "--id", "X1", "--note", "n", "--store", store).ExitCode);
            }
            finally
            {
                File.Delete(csv);
            }
        }
        finally
        {
            File.Delete(store);
        }
    }
    [Theory]
    [InlineData("serve", "Cordon:WarmUpp=false", "'Cordon:WarmUpp' is not a server setting")]
    [InlineData("serve", "Cordon:Auth:Jwt:Autority=https://idp.example", "is not a server setting")]
    [InlineData("serve", "WarmUp=false", "is not a server setting")]
    [InlineData("rescreen", "Cordon:CheckCacheEntries", "expected KEY=VALUE")]
    public void Serve_and_rescreen_refuse_a_setting_the_server_does_not_read(string command, string setting, string message)
    {
        var (code, _, stderr) = CliRunner.Run(command, "--set", setting, "--data", Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}"));
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
    }

    [Theory]
    [InlineData("Cordon:WarmUp", true)]
    [InlineData("cordon:checkcacheentries", true)]
    [InlineData("Cordon:Auth:Jwt:Authority", true)]
    [InlineData("Cordon:Auth:Jwt:RequireHttpsMetadata", true)]
    [InlineData("Cordon:Watchlists:0", true)]
    [InlineData("Cordon:Watchlists", false)]
    [InlineData("Cordon:Watchlists:first", false)]
    [InlineData("Cordon:Auth", false)]
    [InlineData("Cordon:Auth:Jwt:Authority:Extra", false)]
    [InlineData("Cordon:NoSuchSetting", false)]
    [InlineData("Kestrel:Limits", false)]
    public void Server_setting_keys_are_told_from_mistyped_ones(string key, bool known) =>
        Assert.Equal(known, Cordon.Server.ServerSettingKeys.IsKnown(key));
}
