using System.Text.Json;

namespace Cordon.Cli.Tests;

public sealed class DictionaryAndEvalCommandTests
{
    [Fact]
    public void A_dictionary_with_a_bad_row_is_refused_with_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-cli-dict-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, ["name,cas,smiles", "ACME resin base,,OCC(O)CO", "ACME hardener,50-99-8,CCO"]);
        try
        {
            var (code, stdout, stderr) = CliRunner.Run("check", "ACME resin base", "--dictionary", path, "--format", "json");
            Assert.Equal(2, code);
            Assert.Empty(stdout);
            Assert.Contains($"{path}:3:1: error", stderr);

            File.WriteAllLines(path, ["name,cas,smiles", "ACME resin base,,OCC(O)CO"]);
            (code, stdout, _) = CliRunner.Run("check", "ACME resin base", "--dictionary", path, "--format", "json");
            Assert.Equal(0, code);
            using var doc = JsonDocument.Parse(stdout);
            Assert.Equal("clear", doc.RootElement.GetProperty("status").GetString());
            Assert.Equal("C3H8O3", doc.RootElement.GetProperty("structure").GetProperty("formula").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Eval_prints_precision_and_recall_per_set_as_json()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cordon-cli-eval-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "tiny.check.csv"),
            ["query,expected,expect,note", "fentanyl,controlled,UN,hit", "glucose,clear,,clear", "50-99-8,clear,,bad check digit"]);
        try
        {
            var (code, stdout, _) = CliRunner.Run("eval", folder, "--format", "json");
            Assert.Equal(0, code);
            using var doc = JsonDocument.Parse(stdout);
            var set = Assert.Single(doc.RootElement.GetProperty("sets").EnumerateArray());
            Assert.Equal("tiny", set.GetProperty("set").GetString());
            Assert.Equal(2, set.GetProperty("correct").GetInt32());
            Assert.Equal(1.0, set.GetProperty("precision").GetDouble());
            Assert.Equal(1.0, set.GetProperty("recall").GetDouble());
            Assert.Equal(1, set.GetProperty("misses").GetProperty("clear called unresolved").GetInt32());
            Assert.Equal(4, Assert.Single(set.GetProperty("missed_rows").EnumerateArray()).GetProperty("line").GetInt32());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
